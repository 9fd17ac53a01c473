// Records of the assessment cycle written straight into the tables, as a Puskesmas-year would hold
// them after its meetings, Bab V, RTL, Dinkes' feedback and monthly reports: what the readiness tests
// (database and browser) read. No service of the cycle is used, so these tests stand on the schema.
import { eq } from 'drizzle-orm';
import type { YearKey } from '../../src/app/ports.ts';
import type { Db } from '../../src/data/db.ts';
import {
  assessmentResults,
  assessments,
  evidenceFiles,
  feedbackFollowUps,
  feedbackLetters,
  feedbackPoints,
  gapAnalyses,
  meetingDecisions,
  meetingParticipants,
  meetings,
  monthlyValues,
  monthReports,
  programmeAnalyses,
  rtlActions,
  targets,
} from '../../src/data/schema.ts';
import type { EvidenceKind } from '../../src/domain/evidence/evidence-rules.ts';
import type { MeetingKind } from '../../src/domain/meetings/meeting-counts.ts';
import { storedDetail } from '../../src/app/refresh-result.ts';
import type { AssessmentResult } from '../../src/domain/scoring/assessment.ts';
import { resolveSettings } from '../../src/domain/scoring/settings.ts';
import { flattenResults, type NodeResult } from '../../src/domain/scoring/tree.ts';

/** An evidence file's row (the bytes are not needed to count it). */
export async function addEvidence(
  db: Db,
  file: {
    orgUnitId: number;
    assessmentId: number | null;
    attachedTo: 'meeting' | 'accreditation' | 'rtl_action' | 'feedback_point';
    attachedKey: string;
    kind: EvidenceKind;
    filename?: string;
  },
): Promise<number> {
  const [row] = await db
    .insert(evidenceFiles)
    .values({
      orgUnitId: file.orgUnitId,
      assessmentId: file.assessmentId,
      attachedTo: file.attachedTo,
      attachedKey: file.attachedKey,
      kind: file.kind,
      filename: file.filename ?? `${file.kind}.pdf`,
      mime: file.kind === 'photo' ? 'image/jpeg' : 'application/pdf',
      sizeBytes: 1024,
      sha256: '0'.repeat(64),
      storage: 'file',
      storagePath: `fixtures/${file.kind}`,
      uploadedBy: 'kapus.fixture',
    })
    .returning({ id: evidenceFiles.id });
  return row!.id;
}

export interface MeetingFixture {
  orgUnitId: number;
  assessmentId: number | null;
  year: number;
  kind: MeetingKind;
  heldOn: string;
  title?: string;
  minutes?: string;
  /** Participants marked present, and absent. */
  present?: number;
  absent?: number;
  files?: Partial<Record<EvidenceKind, number>>;
  /** RTL actions its decisions are linked to. */
  rtlActionIds?: number[];
}

/**
 * A meeting with its attendance, minutes and files. By default a complete record: eight present,
 * minutes written, one photo.
 */
export async function addMeeting(db: Db, m: MeetingFixture): Promise<number> {
  const [row] = await db
    .insert(meetings)
    .values({
      orgUnitId: m.orgUnitId,
      year: m.year,
      kind: m.kind,
      heldOn: m.heldOn,
      title: m.title ?? `Rapat ${m.kind} ${m.heldOn}`,
      agenda: 'Pembahasan capaian kinerja',
      minutes: m.minutes ?? 'Capaian dibahas; RTL disepakati.',
      updatedBy: 'kapus.fixture',
    })
    .returning({ id: meetings.id });
  const id = row!.id;
  const present = m.present ?? 8;
  const people = [
    ...Array.from({ length: present }, (_, i) => ({
      meetingId: id,
      name: `Peserta ${i + 1}`,
      present: true,
    })),
    ...Array.from({ length: m.absent ?? 0 }, (_, i) => ({
      meetingId: id,
      name: `Absen ${i + 1}`,
      present: false,
    })),
  ];
  if (people.length) await db.insert(meetingParticipants).values(people);
  const files = { photo: 1, ...m.files };
  for (const [kind, count] of Object.entries(files) as [EvidenceKind, number][]) {
    for (let i = 0; i < count; i++)
      await addEvidence(db, {
        orgUnitId: m.orgUnitId,
        assessmentId: m.assessmentId,
        attachedTo: 'meeting',
        attachedKey: String(id),
        kind,
      });
  }
  for (const rtlActionId of m.rtlActionIds ?? [])
    await db
      .insert(meetingDecisions)
      .values({ meetingId: id, text: 'Tindak lanjut disepakati', rtlActionId });
  return id;
}

export async function addRtlAction(
  db: Db,
  a: {
    assessmentId: number;
    indicatorCode: string;
    status?: 'direncanakan' | 'berjalan' | 'selesai' | 'batal';
    followUp?: string | null;
    dueOn?: string | null;
  },
): Promise<number> {
  const [row] = await db
    .insert(rtlActions)
    .values({
      assessmentId: a.assessmentId,
      indicatorCode: a.indicatorCode,
      action: 'Sweeping sasaran bersama kader',
      target: 'Capaian naik ke target',
      personInCharge: 'Bidan koordinator',
      status: a.status ?? 'selesai',
      followUp: a.followUp === undefined ? 'Sweeping di 12 desa selesai.' : a.followUp,
      dueOn: a.dueOn === undefined ? null : a.dueOn,
      updatedBy: 'koordinator.fixture',
    })
    .returning({ id: rtlActions.id });
  return row!.id;
}

export async function addGapAnalysis(db: Db, a: { assessmentId: number; indicatorCode: string }) {
  await db.insert(gapAnalyses).values({
    assessmentId: a.assessmentId,
    indicatorCode: a.indicatorCode,
    problem: 'Capaian di bawah target',
    causes: { manusia: ['Kader kurang'], metode: [], material: [], mesin: [], dana: [], lingkungan: [] },
    urgency: 4,
    seriousness: 4,
    growth: 3,
    updatedBy: 'koordinator.fixture',
  });
}

export async function addProgrammeAnalysis(
  db: Db,
  a: { assessmentId: number; programmeCode: string; text?: string },
) {
  await db.insert(programmeAnalyses).values({
    assessmentId: a.assessmentId,
    programmeCode: a.programmeCode,
    text: a.text ?? 'Capaian program dianalisis bersama lintas program.',
    updatedBy: 'koordinator.fixture',
  });
}

/** A feedback letter with one point per entry of `followUps` (null: that point has no follow-up). */
export async function addFeedback(
  db: Db,
  f: {
    assessmentId: number;
    number: string;
    datedOn: string;
    status?: 'draft' | 'sent';
    followUps: (null | 'belum' | 'berjalan' | 'selesai')[];
  },
): Promise<number> {
  const status = f.status ?? 'sent';
  const [letter] = await db
    .insert(feedbackLetters)
    .values({
      assessmentId: f.assessmentId,
      number: f.number,
      datedOn: f.datedOn,
      signerName: 'dr. Kepala Dinas',
      signerTitle: 'Kepala Dinas Kesehatan',
      summary: 'Umpan balik atas laporan kinerja.',
      status,
      createdBy: 'admin.fixture',
      sentAt: status === 'sent' ? new Date(`${f.datedOn}T03:00:00Z`) : null,
    })
    .returning({ id: feedbackLetters.id });
  for (const [i, followUp] of f.followUps.entries()) {
    const [point] = await db
      .insert(feedbackPoints)
      .values({ letterId: letter!.id, scope: 'overall', code: null, text: `Butir ${i + 1}`, position: i })
      .returning({ id: feedbackPoints.id });
    if (followUp)
      await db.insert(feedbackFollowUps).values({
        pointId: point!.id,
        text: 'Ditindaklanjuti.',
        status: followUp,
        updatedBy: 'kapus.fixture',
      });
  }
  return letter!.id;
}

/**
 * Each month of `year` complete on the 2nd of the next month and reported on `reportedDay` (null:
 * not reported); months outside `months` are left as they are.
 */
export async function reportMonths(
  db: Db,
  r: { assessmentId: number; year: number; reportedDay?: number | null; months?: number[] },
) {
  const reportedDay = r.reportedDay === undefined ? 3 : r.reportedDay;
  for (const n of r.months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    const month = `${r.year}-${String(n).padStart(2, '0')}`;
    const next = n === 12 ? `${r.year + 1}-01` : `${r.year}-${String(n + 1).padStart(2, '0')}`;
    // 03:00 UTC is 10:00 WIB, the same calendar day on the Puskesmas' clock.
    const completedAt = new Date(`${next}-02T03:00:00Z`);
    const reportedAt =
      reportedDay === null ? null : new Date(`${next}-${String(reportedDay).padStart(2, '0')}T03:00:00Z`);
    await db
      .insert(monthReports)
      .values({
        assessmentId: r.assessmentId,
        month,
        completedAt,
        reportedAt,
        reportedBy: reportedAt && 'kapus',
      })
      .onConflictDoUpdate({
        target: [monthReports.assessmentId, monthReports.month],
        set: { completedAt, reportedAt, reportedBy: reportedAt && 'kapus' },
      });
  }
}

export async function setSubmitted(db: Db, assessmentId: number, at: Date) {
  await db
    .update(assessments)
    .set({ status: 'submitted', submittedAt: at })
    .where(eq(assessments.id, assessmentId));
}

/** Marks a UKM Pengembangan indicator chosen (its own row) and gives it a value in each of `months`. */
export async function chooseIndicator(db: Db, c: YearKey & { indicatorCode: string; months: string[] }) {
  await db
    .insert(targets)
    .values({
      districtId: c.districtId,
      assessmentId: c.assessmentId,
      stage: 'self',
      indicatorCode: c.indicatorCode,
      chosen: true,
      updatedBy: 'kapus',
    })
    .onConflictDoUpdate({
      target: [targets.districtId, targets.assessmentId, targets.stage, targets.indicatorCode],
      set: { chosen: true },
    });
  for (const month of c.months)
    await db
      .insert(monthlyValues)
      .values({
        districtId: c.districtId,
        assessmentId: c.assessmentId,
        indicatorCode: c.indicatorCode,
        month,
        stage: 'self',
        numerator: 5,
        enteredBy: 'pelaksana',
      })
      .onConflictDoNothing();
}

/** Stores the Puskesmas' own result with this service tree's scores (the other axes left empty). */
export async function storeServiceTree(db: Db, year: YearKey, service: NodeResult) {
  const settings = resolveSettings();
  const result: AssessmentResult = {
    service: { score: service.score, category: null, thresholds: settings.thresholds.service, tree: service },
    management: null,
    quality: null,
    overall: null,
    views: [],
    nodes: flattenResults(service),
  };
  // What a scoring stores of it: the same detail every stored result has.
  const detail = storedDetail(result, settings);
  await db
    .insert(assessmentResults)
    .values({
      districtId: year.districtId,
      assessmentId: year.assessmentId,
      stage: 'self',
      detail,
      computedAt: new Date(),
    })
    .onConflictDoUpdate({
      target: [assessmentResults.districtId, assessmentResults.assessmentId, assessmentResults.stage],
      set: { detail },
    });
}

/** A leaf of a stored tree: scored (null: excluded as missing), with whether its target is met. */
export function leaf(id: string, score: number | null, met?: boolean): NodeResult {
  return {
    id,
    score,
    explanation: {
      rule: 'coverage-target',
      inputs: {},
      derived: {},
      capped: false,
      ...(met === undefined ? {} : { met }),
      ...(score === null ? { excluded: 'missing' as const } : {}),
    },
  };
}
