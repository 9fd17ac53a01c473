// Meetings over HTTP, on both back ends: recorded with attendance, minutes and decisions linked to RTL
// actions, versioned and audited; counted per kind and quarter; proposing the management item levels.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvidenceStore } from '../../src/data/evidence-store.ts';
import { assessments, auditLog, evidenceFiles, orgUnits, rtlActions } from '../../src/data/schema.ts';
import type { StoreKind } from '../../src/data/db.ts';
import type {
  LevelProposals,
  MeetingBody,
  MeetingDetail,
  MeetingsView,
} from '../../src/shared/api/meetings.schema.ts';
import type { RubricSaved } from '../../src/shared/api/rubric.schema.ts';
import { evidenceForm, multipartBody, MULTIPART_TYPE } from '../evidence/multipart.ts';
import { sampleJpeg, samplePng } from '../evidence/sample-files.ts';
import { call, callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const root = mkdtempSync(join(tmpdir(), 'pkp-meetings-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const evidenceFor = (kind: StoreKind) => ({
  blobs:
    kind === 'pglite'
      ? createEvidenceStore({ filesDir: join(root, kind) })
      : createEvidenceStore({ database: true, stagingDir: join(root, kind) }),
  maxBytes: 1024 * 1024,
});

const OWN = UNITS.puskesmas[0];
const base = (code: string = OWN) => `/api/puskesmas/${code}/years/${TEST_YEAR}/meetings`;

const review = (over: Partial<MeetingBody> = {}): MeetingBody => ({
  kind: 'review_kinerja',
  heldOn: '2023-07-12',
  title: 'Review kinerja semester I',
  agenda: 'Capaian SPM semester I; indikator di bawah target',
  minutes: 'K4 masih 78 %: kunjungan rumah bumil risiko tinggi ditambah.',
  participants: [
    { name: 'dr. Sari', role: 'Kepala Puskesmas', present: true },
    { name: 'Bidan Rini', role: 'Bidan koordinator', present: true },
    { name: 'Pak Joko', role: 'Sanitarian', present: false },
  ],
  decisions: [{ text: 'Kunjungan rumah bumil risti setiap minggu', rtlActionId: null }],
  ...over,
});

describeHttp(
  'meetings',
  (t) => {
    let koordinator: TestSession;
    let kapus: TestSession;
    let pelaksana: TestSession;
    let verifikator: TestSession;
    let viewer: TestSession;
    let rtlId: number;
    let foreignRtlId: number;
    let assessmentId: number;

    const assessmentOf = async (code: string) => {
      const [unit] = await t.store.db.select().from(orgUnits).where(eq(orgUnits.code, code));
      const [row] = await t.store.db
        .select()
        .from(assessments)
        .where(and(eq(assessments.puskesmasId, unit!.id), eq(assessments.year, TEST_YEAR)));
      return row!;
    };
    const setStatus = async (status: 'draft' | 'submitted' | 'final') => {
      await t.store.db.update(assessments).set({ status }).where(eq(assessments.id, assessmentId));
    };

    beforeAll(async () => {
      koordinator = await signIn(t.app, 'koordinator.p3318001');
      kapus = await signIn(t.app, 'kapus.p3318001');
      pelaksana = await signIn(t.app, 'pelaksana.p3318001');
      verifikator = await signIn(t.app, 'verifikator.3318');
      viewer = await signIn(t.app, 'viewer.3318');
      assessmentId = (await assessmentOf(OWN)).id;
      const action = {
        indicatorCode: 'SPM.02',
        action: 'Kunjungan rumah bumil risiko tinggi',
        target: 'K4 ≥ 95 %',
        personInCharge: 'Bidan Rini',
        updatedBy: 'koordinator.p3318001',
      };
      [{ id: rtlId }] = (await t.store.db
        .insert(rtlActions)
        .values({ ...action, assessmentId })
        .returning({ id: rtlActions.id })) as [{ id: number }];
      const other = await assessmentOf(UNITS.puskesmas[1]);
      [{ id: foreignRtlId }] = (await t.store.db
        .insert(rtlActions)
        .values({ ...action, assessmentId: other.id })
        .returning({ id: rtlActions.id })) as [{ id: number }];
    });

    describe('recording a review meeting', () => {
      let created: MeetingDetail;

      it('records the meeting with its attendance, minutes and a decision linked to an RTL action', async () => {
        const body = review({ decisions: [{ text: 'Kunjungan rumah bumil risti', rtlActionId: rtlId }] });
        const res = await callJson<MeetingDetail>(t.app, koordinator, 'POST', base(), body);
        expect(res.status).toBe(201);
        created = res.body;
        expect(created).toMatchObject({
          kind: 'review_kinerja',
          heldOn: '2023-07-12',
          version: 1,
          updatedBy: 'koordinator.p3318001',
          decisions: [{ text: 'Kunjungan rumah bumil risti', rtlActionId: rtlId }],
        });
        expect(created.participants.filter((p) => p.present)).toHaveLength(2);

        const list = await callJson<MeetingsView>(t.app, verifikator, 'GET', base());
        expect(list.status).toBe(200);
        expect(list.body.meetings.map((m) => m.id)).toContain(created.id);
        expect(list.body.counts.review_kinerja.byQuarter).toEqual([0, 0, 1, 0]);
        expect(list.body.rtlActions.map((a) => a.id)).toEqual([rtlId]);
        expect(list.body.canEdit).toBe(false);
      });

      it('audits the record whole, participants and decisions included', async () => {
        const [entry] = await t.store.db
          .select()
          .from(auditLog)
          .where(
            and(
              eq(auditLog.entity, 'meeting'),
              sql`${auditLog.entityKey} = ${JSON.stringify({ id: created.id })}::jsonb`,
            ),
          );
        expect(entry).toMatchObject({ actor: 'koordinator.p3318001', assessmentId, oldValue: null });
        expect(entry!.newValue).toMatchObject({
          title: 'Review kinerja semester I',
          participants: review().participants,
        });
      });

      it('changes it against the version read, and refuses a stale change without changing anything', async () => {
        const changed = await callJson<MeetingDetail>(t.app, kapus, 'PUT', `${base()}/${created.id}`, {
          ...review({ minutes: 'Notulen lengkap' }),
          expectedVersion: 1,
        });
        expect(changed.status).toBe(200);
        expect(changed.body).toMatchObject({
          version: 2,
          minutes: 'Notulen lengkap',
          updatedBy: 'kapus.p3318001',
        });
        const stale = await callJson<{ code: string }>(t.app, koordinator, 'PUT', `${base()}/${created.id}`, {
          ...review({ minutes: 'menimpa' }),
          expectedVersion: 1,
        });
        expect(stale.status).toBe(409);
        expect(stale.body.code).toBe('STALE_VALUE');
        const now = await callJson<MeetingDetail>(t.app, koordinator, 'GET', `${base()}/${created.id}`);
        expect(now.body).toMatchObject({ version: 2, minutes: 'Notulen lengkap' });
      });

      it('counts the photo and the scanned attendance list attached to it', async () => {
        for (const [kind, filename, bytes] of [
          ['photo', 'foto.jpg', sampleJpeg()],
          ['attendance', 'daftar-hadir.png', samplePng()],
        ] as const) {
          const form = multipartBody(
            evidenceForm(
              { filename, bytes },
              { attachedTo: 'meeting', attachedKey: String(created.id), kind },
            ),
          );
          const res = await t.app.request(`/api/puskesmas/${OWN}/years/${TEST_YEAR}/evidence`, {
            method: 'POST',
            headers: {
              cookie: koordinator.cookie,
              'x-csrf-token': koordinator.csrfToken,
              'content-type': MULTIPART_TYPE,
            },
            body: new Uint8Array(form),
          });
          expect(res.status).toBe(201);
        }
        const one = await callJson<MeetingDetail>(t.app, koordinator, 'GET', `${base()}/${created.id}`);
        expect(one.body.evidence).toEqual({ document: 0, photo: 1, attendance: 1, minutes: 0 });
      });

      it('deletes a meeting with its attendance, decisions and files', async () => {
        const made = await callJson<MeetingDetail>(
          t.app,
          koordinator,
          'POST',
          base(),
          review({ title: 'Salah catat' }),
        );
        const form = multipartBody(
          evidenceForm(
            { filename: 'foto.jpg', bytes: sampleJpeg() },
            { attachedTo: 'meeting', attachedKey: String(made.body.id), kind: 'photo' },
          ),
        );
        await t.app.request(`/api/puskesmas/${OWN}/years/${TEST_YEAR}/evidence`, {
          method: 'POST',
          headers: {
            cookie: koordinator.cookie,
            'x-csrf-token': koordinator.csrfToken,
            'content-type': MULTIPART_TYPE,
          },
          body: new Uint8Array(form),
        });
        const stale = await call(t.app, koordinator, 'DELETE', `${base()}/${made.body.id}?expectedVersion=7`);
        expect(stale.status).toBe(409);
        const res = await call(t.app, koordinator, 'DELETE', `${base()}/${made.body.id}?expectedVersion=1`);
        expect(res.status).toBe(204);
        expect((await call(t.app, koordinator, 'GET', `${base()}/${made.body.id}`)).status).toBe(404);
        const [files] = await t.store.db
          .select({ n: count() })
          .from(evidenceFiles)
          .where(
            and(eq(evidenceFiles.attachedTo, 'meeting'), eq(evidenceFiles.attachedKey, String(made.body.id))),
          );
        expect(files!.n).toBe(0);
      });
    });

    describe('who may record, and what', () => {
      it('refuses a pelaksana, Dinkes and a viewer the writing, and another Puskesmas everything', async () => {
        expect((await call(t.app, pelaksana, 'POST', base(), review())).status).toBe(403);
        expect((await call(t.app, verifikator, 'POST', base(), review())).status).toBe(403);
        expect((await call(t.app, viewer, 'GET', base())).status).toBe(403);
        expect((await call(t.app, koordinator, 'GET', base(UNITS.puskesmas[1]))).status).toBe(403);
        expect((await call(t.app, koordinator, 'POST', base(UNITS.puskesmas[1]), review())).status).toBe(403);
        expect((await call(t.app, pelaksana, 'GET', base())).status).toBe(200);
      });

      it("does not find another Puskesmas' meeting through one's own path", async () => {
        const mine = await callJson<MeetingDetail>(
          t.app,
          koordinator,
          'POST',
          base(),
          review({ title: 'Milik Pati I' }),
        );
        const pelaksana2 = await signIn(t.app, 'pelaksana.p3318002');
        const sideways = await call(t.app, pelaksana2, 'GET', `${base(UNITS.puskesmas[1])}/${mine.body.id}`);
        expect(sideways.status).toBe(404);
      });

      it.each([
        ['a date of another year', '2022-12-20', 'rapat tahun 2023 diadakan pada tahun 2023'],
        ['a date that is no date', '2023-02-30', 'tidak ada di kalender'],
      ])('refuses %s', async (_what, heldOn, reason) => {
        const res = await callJson<{ code: string; message: string }>(
          t.app,
          koordinator,
          'POST',
          base(),
          review({ heldOn }),
        );
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('MEETING_DATE_INVALID');
        expect(res.body.message).toContain(reason);
      });

      it('refuses a meeting that has not been held yet', async () => {
        const now = t.clock();
        t.clock.set(new Date('2023-06-15T03:00:00Z'));
        try {
          const res = await callJson<{ code: string; message: string }>(
            t.app,
            koordinator,
            'POST',
            base(),
            review({ heldOn: '2023-07-01' }),
          );
          expect(res.status).toBe(400);
          expect(res.body.message).toContain('belum tiba');
        } finally {
          t.clock.set(now);
        }
      });

      it('refuses a decision linked to an RTL action of another Puskesmas', async () => {
        const res = await callJson<{ code: string }>(
          t.app,
          koordinator,
          'POST',
          base(),
          review({ decisions: [{ text: 'x', rtlActionId: foreignRtlId }] }),
        );
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('MEETING_RTL_NOT_FOUND');
      });

      it('records meetings of a submitted year (they are records, not scores), not of a final one', async () => {
        try {
          await setStatus('submitted');
          expect(
            (await call(t.app, kapus, 'POST', base(), review({ title: 'Setelah diajukan' }))).status,
          ).toBe(201);
          await setStatus('final');
          const closed = await callJson<{ code: string }>(t.app, kapus, 'POST', base(), review());
          expect(closed.status).toBe(409);
          expect(closed.body.code).toBe('MEETING_YEAR_CLOSED');
        } finally {
          await setStatus('draft');
        }
      });
    });

    describe('the level the meetings propose', () => {
      it('proposes level 10 for the monthly mini workshop after 11 of them, and the Kepala Puskesmas confirms it', async () => {
        for (let m = 1; m <= 11; m += 1) {
          const heldOn = `2023-${String(m).padStart(2, '0')}-08`;
          const res = await call(
            t.app,
            koordinator,
            'POST',
            base(),
            review({ kind: 'lokmin_bulanan', heldOn, title: `Lokmin ${m}` }),
          );
          expect(res.status).toBe(201);
        }
        const { body } = await callJson<LevelProposals>(t.app, kapus, 'GET', `${base()}/proposals`);
        const a26 = body.proposals.find((p) => p.itemCode === 'MAN.A2.6');
        expect(a26).toMatchObject({ level: 10, count: 11, countedBy: 'months', kind: 'lokmin_bulanan' });
        expect(a26!.itemName).toBe('A2.6 Melaksanakan mini lokakarya bulanan');
        const b22 = body.proposals.find((p) => p.itemCode === 'MUT.B2.2');
        // Reviews recorded so far, but no analysis of achievements written (Bab V): not 10.
        expect(b22?.analysed).toBe(false);
        expect(b22?.level).not.toBe(10);
        // No quarterly workshop recorded: no proposal (no record is no proof that none was held).
        expect(body.proposals.find((p) => p.itemCode === 'MAN.A2.7')).toBeUndefined();

        const rubric = await callJson<{ groups: { items: { code: string; version: number }[] }[] }>(
          t.app,
          kapus,
          'GET',
          `/api/puskesmas/${OWN}/years/${TEST_YEAR}/rubric`,
        );
        const item = rubric.body.groups.flatMap((g) => g.items).find((i) => i.code === 'MAN.A2.6')!;
        const saved = await callJson<RubricSaved>(
          t.app,
          kapus,
          'PUT',
          `/api/puskesmas/${OWN}/years/${TEST_YEAR}/rubric/MAN.A2.6`,
          {
            level: 10,
            expectedVersion: item.version,
            reason: 'Dikonfirmasi dari catatan rapat: 11 bulan dengan lokmin bulanan',
          },
        );
        expect(saved.status).toBe(200);
        expect(saved.body.item).toMatchObject({ level: 10, score: 10 });
        const trail = await t.store.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entity, 'rubric_score'), eq(auditLog.actor, 'kapus.p3318001')))
          .orderBy(asc(auditLog.id));
        expect(trail.at(-1)?.reason).toContain('catatan rapat');
      });
    });
  },
  { evidence: evidenceFor },
);

describeHttp(
  'two people changing one meeting at once',
  (t) => {
    it('keeps one change and refuses the other as stale (PostgreSQL)', async () => {
      const koordinator = await signIn(t.app, 'koordinator.p3318001');
      const kapus = await signIn(t.app, 'kapus.p3318001');
      const made = await callJson<MeetingDetail>(t.app, koordinator, 'POST', base(), review());
      const [a, b] = await Promise.all([
        callJson<MeetingDetail>(t.app, koordinator, 'PUT', `${base()}/${made.body.id}`, {
          ...review({ minutes: 'versi koordinator' }),
          expectedVersion: 1,
        }),
        callJson<MeetingDetail>(t.app, kapus, 'PUT', `${base()}/${made.body.id}`, {
          ...review({ minutes: 'versi kapus' }),
          expectedVersion: 1,
        }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const kept = a.status === 200 ? a.body : b.body;
      const now = await callJson<MeetingDetail>(t.app, kapus, 'GET', `${base()}/${made.body.id}`);
      expect(now.body).toMatchObject({ version: 2, minutes: kept.minutes });
      expect(now.body.participants).toHaveLength(3);
    });
  },
  { postgresOnly: true, evidence: evidenceFor },
);
