// Verification over HTTP: corrections only with a reason and only by Dinkes, both figures side by side
// for both sides, a return the Puskesmas answers, the district's queue for Dinkes only.
import { beforeAll, expect, it } from 'vitest';
import { setAssessmentStatus } from '../../src/data/repositories/assessments.repository.ts';
import type {
  CorrectionSaved,
  QueueView,
  ReturnedItemView,
  ReturnsView,
  VerificationView,
} from '../../src/shared/api/verification.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const year = `/api/puskesmas/${UNITS.puskesmas[0]}/years/${TEST_YEAR}`;

describeHttp('verification over HTTP', (t) => {
  let verifikator: TestSession;
  let pelaksana: TestSession;
  let kapus: TestSession;
  let viewer: TestSession;

  beforeAll(async () => {
    verifikator = await signIn(t.app, 'verifikator.3318');
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    kapus = await signIn(t.app, 'kapus.p3318001');
    viewer = await signIn(t.app, 'viewer.3318');
    const id = (await t.deps.repos.findAssessment(UNITS.puskesmas[0], TEST_YEAR))!.id;
    await setAssessmentStatus(t.store.db, { assessmentId: id, status: 'submitted', actor: 'kapus.p3318001' });
  });

  const correction = (reason: string) => ({
    kind: 'value',
    month: `${TEST_YEAR}-02`,
    numerator: 0,
    reason,
    expectedVersion: 0,
  });

  it('refuses a correction without a reason with its own words, and takes one with a reason', async () => {
    const refused = await callJson<{ code: string; message: string }>(
      t.app,
      verifikator,
      'PUT',
      `${year}/corrections/SPM.01`,
      correction(''),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('DINKES_CORRECTION_REASON_REQUIRED');
    expect(refused.body.message).toContain('wajib disertai alasan');
    const saved = await callJson<CorrectionSaved>(
      t.app,
      verifikator,
      'PUT',
      `${year}/corrections/SPM.01`,
      correction('Kohort ibu Februari kosong'),
    );
    expect(saved.status).toBe(200);
    expect(saved.body.code).toBe('SPM.01');
  });

  it('refuses a correction from the Puskesmas (no permission)', async () => {
    const res = await callJson(t.app, kapus, 'PUT', `${year}/corrections/SPM.02`, correction('x'));
    expect(res.status).toBe(403);
  });

  it('shows both figures side by side to the verifier and to the Puskesmas, not to the viewer', async () => {
    for (const session of [verifikator, pelaksana]) {
      const res = await callJson<VerificationView>(
        t.app,
        session,
        'GET',
        `${year}/verification?programme=SPM`,
      );
      expect(res.status).toBe(200);
      const feb = res.body.indicators.find((i) => i.code === 'SPM.01')!.months[1]!;
      expect(feb.correction).toMatchObject({
        numerator: 0,
        by: 'verifikator.3318',
        reason: 'Kohort ibu Februari kosong',
      });
      expect(feb.own?.numerator).toBeGreaterThan(0);
      expect(res.body.result.verified.service).toBeLessThan(res.body.result.own.service!);
    }
    expect((await callJson(t.app, viewer, 'GET', `${year}/verification`)).status).toBe(403);
  });

  it('returns an indicator; the officer changes it, answers, and the verifier closes it', async () => {
    const returned = await callJson<ReturnedItemView>(t.app, verifikator, 'POST', `${year}/returns`, {
      scope: 'indicator',
      code: 'SPM.03',
      comment: 'Periksa Maret',
    });
    expect(returned.status).toBe(200);
    const list = await callJson<ReturnsView>(t.app, pelaksana, 'GET', `${year}/returns`);
    expect(list.body.reopened).toEqual(['SPM.03']);
    expect(list.body.returns[0]).toMatchObject({ status: 'open', comment: 'Periksa Maret' });
    const march = (
      await callJson<{ values: { indicatorCode: string; month: string; version: number }[] }>(
        t.app,
        pelaksana,
        'GET',
        `${year}/entries`,
      )
    ).body.values.find((v) => v.indicatorCode === 'SPM.03' && v.month === `${TEST_YEAR}-03`)!;
    const fixed = await callJson(t.app, pelaksana, 'PUT', `${year}/entries/SPM.03/${TEST_YEAR}-03`, {
      numerator: 5,
      expectedVersion: march.version,
      reason: 'Sesuai register',
    });
    expect(fixed.status).toBe(200);
    const answered = await callJson<ReturnedItemView>(
      t.app,
      pelaksana,
      'POST',
      `${year}/returns/${returned.body.id}/answer`,
      { answer: 'Sudah diperbaiki sesuai register' },
    );
    expect(answered.body.status).toBe('answered');
    // The verifier may not answer; the officer may not close.
    expect(
      (
        await callJson(t.app, verifikator, 'POST', `${year}/returns/${returned.body.id}/answer`, {
          answer: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (await callJson(t.app, pelaksana, 'POST', `${year}/returns/${returned.body.id}/close`, {})).status,
    ).toBe(403);
    const closed = await callJson<ReturnedItemView>(
      t.app,
      verifikator,
      'POST',
      `${year}/returns/${returned.body.id}/close`,
      {},
    );
    expect(closed.body.status).toBe('closed');
  });

  it('gives Dinkes the district’s queue, and no one else', async () => {
    const path = `/api/districts/${UNITS.district}/years/${TEST_YEAR}/verification`;
    const res = await callJson<QueueView>(t.app, verifikator, 'GET', path);
    expect(res.status).toBe(200);
    expect(
      res.body.rows.find((r) => r.puskesmas.code === UNITS.puskesmas[0] && r.programme === 'SPM'),
    ).toMatchObject({ state: 'accepted', corrections: 1 });
    expect((await callJson(t.app, viewer, 'GET', path)).status).toBe(403);
    expect((await callJson(t.app, kapus, 'GET', path)).status).toBe(403);
  });
});
