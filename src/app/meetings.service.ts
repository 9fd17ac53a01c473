// The meetings of a Puskesmas-year (criterion 2.8.4 a, 2.8.3 c, 2.7.1): recorded with attendance,
// minutes and decisions linked to RTL actions, counted per kind and quarter, and read as a proposal
// for the management items about meetings, which the Kepala Puskesmas confirms on the rubric screen.
import type { Role } from '../domain/access/roles.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { deletionRefusal, EVIDENCE_KINDS } from '../domain/evidence/evidence-rules.ts';
import { proposeLevels, LEVEL_PROPOSAL_RULES } from '../domain/meetings/level-proposal.ts';
import { countMeetings } from '../domain/meetings/meeting-counts.ts';
import { meetingRefusal } from '../domain/meetings/meeting-writers.ts';
import { localDate } from '../domain/periods/calendar.ts';
import type {
  EvidenceCounts,
  LevelProposal,
  MeetingDetail,
  MeetingInput,
  MeetingsView,
} from '../shared/api/meetings.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { AssessmentRef, Clock, Repositories, UnitOfWork } from './ports.ts';
import type { EvidenceBlobStore, EvidenceRecord, MeetingRecord } from './record-ports.ts';
import type { YearOf } from './evidence.service.ts';
import { writeYear, type Editor } from './year-write.ts';

export interface MeetingsDeps {
  uow: UnitOfWork;
  repos: Repositories;
  blobs: EvidenceBlobStore;
  clock: Clock;
}

function emptyCounts(): EvidenceCounts {
  return Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, 0])) as EvidenceCounts;
}

function detailOf(meeting: MeetingRecord, evidence: EvidenceCounts = emptyCounts()): MeetingDetail {
  return {
    id: meeting.id,
    kind: meeting.kind,
    heldOn: meeting.heldOn,
    title: meeting.title,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    participants: meeting.participants,
    decisions: meeting.decisions,
    evidence,
    version: meeting.version,
    updatedBy: meeting.updatedBy,
    updatedAt: meeting.updatedAt.toISOString(),
  };
}

function countsByMeeting(files: readonly EvidenceRecord[]): Map<string, EvidenceCounts> {
  const out = new Map<string, EvidenceCounts>();
  for (const f of files) {
    const counts = out.get(f.attachedKey) ?? emptyCounts();
    counts[f.kind] += 1;
    out.set(f.attachedKey, counts);
  }
  return out;
}

/** The level proposals of a Puskesmas-year, for the items its catalog has. */
async function proposalsOf(
  repos: Repositories,
  at: YearOf,
  assessment: AssessmentRef | null,
  meetings: readonly MeetingRecord[],
): Promise<LevelProposal[]> {
  const catalog = assessment
    ? await repos.loadAssessmentCatalog(assessment.id)
    : await repos.findDistrictCatalog(at.unit.ancestorIds[0] ?? -1, at.year);
  if (!catalog) return [];
  const items = new Map(
    listIndicators(catalog.catalog)
      .filter((p) => LEVEL_PROPOSAL_RULES.some((r) => r.itemCode === p.indicator.code))
      .map((p) => [p.indicator.code, p]),
  );
  const analysed = assessment ? await repos.hasPerformanceAnalysis(assessment.id) : false;
  const proposals = proposeLevels(countMeetings(meetings), { analysed, itemCodes: new Set(items.keys()) });
  // No meeting of the kind recorded proposes nothing: the absence of records is no proof that none was
  // held (the Puskesmas may not keep them in pkp), and "level 0" would invite lowering a score.
  return proposals
    .filter((p) => p.meetings > 0)
    .map((p) => {
      const placed = items.get(p.itemCode)!;
      // "A2.6 Melaksanakan mini lokakarya bulanan": the code without its table prefix reads as printed.
      return { ...p, itemName: `${p.itemCode.split('.').slice(1).join('.')} ${placed.indicator.name}` };
    });
}

/** The Puskesmas-year's meetings, their counts, the level proposals and the RTL actions to link. */
export async function listMeetings(
  repos: Repositories,
  input: YearOf & { user: { role: Role } },
): Promise<MeetingsView> {
  const { unit, year } = input;
  const assessment = (await repos.findAssessment(unit.code, year)) ?? null;
  const meetings = await repos.listMeetings(unit.id, year);
  const files = assessment ? await repos.listEvidence(assessment.id, { attachedTo: 'meeting' }) : [];
  const evidence = countsByMeeting(files);
  const status = assessment?.status ?? null;
  return {
    puskesmas: {
      code: unit.code,
      name: unit.name,
      rawatInap: assessment?.puskesmas.rawatInap ?? unit.rawatInap,
    },
    year,
    status,
    locked: status === 'final' || status === 'published',
    meetings: meetings.map((m) => detailOf(m, evidence.get(String(m.id)))),
    counts: countMeetings(meetings),
    proposals: await proposalsOf(repos, input, assessment, meetings),
    rtlActions: assessment ? await repos.listRtlActionChoices(assessment.id) : [],
    canEdit: meetingRefusal(input.user.role, status) === null,
  };
}

export async function levelProposals(repos: Repositories, at: YearOf): Promise<LevelProposal[]> {
  const assessment = (await repos.findAssessment(at.unit.code, at.year)) ?? null;
  return proposalsOf(repos, at, assessment, await repos.listMeetings(at.unit.id, at.year));
}

/** A meeting of this Puskesmas-year, or MEETING_NOT_FOUND (a meeting of another one is not found either). */
async function meetingOf(repos: Repositories, at: YearOf, id: number): Promise<MeetingRecord> {
  const meeting = await repos.getMeeting(id);
  if (!meeting || meeting.orgUnitId !== at.unit.id || meeting.year !== at.year) {
    throw new AppError('MEETING_NOT_FOUND', { id, puskesmas: at.unit.name, year: at.year }, { status: 404 });
  }
  return meeting;
}

export async function getMeeting(repos: Repositories, at: YearOf & { id: number }): Promise<MeetingDetail> {
  const meeting = await meetingOf(repos, at, at.id);
  const assessment = await repos.findAssessment(at.unit.code, at.year);
  const files = assessment
    ? await repos.listEvidence(assessment.id, { attachedTo: 'meeting', attachedKey: String(meeting.id) })
    : [];
  return detailOf(meeting, countsByMeeting(files).get(String(meeting.id)));
}

function assertMayRecord(editor: Pick<Editor, 'role'>, at: YearOf, status: AssessmentStatus | null): void {
  const refusal = meetingRefusal(editor.role, status);
  if (refusal === 'role') throw new AppError('FORBIDDEN', {}, { status: 403 });
  if (refusal === 'status') {
    throw new AppError(
      'MEETING_YEAR_CLOSED',
      { puskesmas: at.unit.name, year: at.year, status: status ?? 'draft' },
      { status: 409 },
    );
  }
}

/**
 * A meeting belongs to the year it was held in (the criteria count meetings "dalam setahun") and is a
 * record of what happened: a date in another year, or one that has not come yet (on the Puskesmas'
 * clock), is refused.
 */
async function assertValid(
  repos: Repositories,
  at: YearOf & { assessment: AssessmentRef; today: string },
  body: MeetingInput,
): Promise<void> {
  const date = new Date(`${body.heldOn}T00:00:00Z`);
  const reason =
    Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== body.heldOn
      ? 'tanggal ini tidak ada di kalender'
      : body.heldOn.slice(0, 4) !== String(at.year)
        ? `rapat tahun ${at.year} diadakan pada tahun ${at.year}`
        : body.heldOn > at.today
          ? 'tanggalnya belum tiba; catat rapat setelah diadakan'
          : null;
  if (reason) throw new AppError('MEETING_DATE_INVALID', { date: body.heldOn, reason }, { status: 400 });
  for (const decision of body.decisions) {
    if (
      decision.rtlActionId !== null &&
      !(await repos.hasRtlAction(at.assessment.id, decision.rtlActionId))
    ) {
      throw new AppError(
        'MEETING_RTL_NOT_FOUND',
        { id: decision.rtlActionId, puskesmas: at.unit.name, year: at.year },
        { status: 400 },
      );
    }
  }
}

export async function createMeeting(
  deps: Pick<MeetingsDeps, 'uow' | 'clock'>,
  input: YearOf & { editor: Editor; body: MeetingInput },
): Promise<MeetingDetail> {
  const { uow, clock } = deps;
  const { unit, year, editor, body } = input;
  const at = clock();
  const meeting = await writeYear(
    uow,
    { unit, year, editor, mayChange: (assessment) => assertMayRecord(editor, input, assessment.status) },
    async (repos, assessment) => {
      await assertValid(repos, { unit, year, assessment, today: localDate(at) }, body);
      return repos.insertMeeting({
        orgUnitId: unit.id,
        year,
        assessmentId: assessment.id,
        fields: body,
        actor: editor.username,
        at,
      });
    },
  );
  return detailOf(meeting);
}

export async function updateMeeting(
  deps: Pick<MeetingsDeps, 'uow' | 'clock'>,
  input: YearOf & { editor: Editor; id: number; body: MeetingInput; expectedVersion: number },
): Promise<MeetingDetail> {
  const { uow, clock } = deps;
  const { unit, year, editor, body, id } = input;
  const at = clock();
  return writeYear(
    uow,
    { unit, year, editor, mayChange: (assessment) => assertMayRecord(editor, input, assessment.status) },
    async (repos, assessment) => {
      await meetingOf(repos, input, id);
      await assertValid(repos, { unit, year, assessment, today: localDate(at) }, body);
      const meeting = await repos.updateMeeting(id, {
        orgUnitId: unit.id,
        year,
        assessmentId: assessment.id,
        fields: body,
        actor: editor.username,
        at,
        expectedVersion: input.expectedVersion,
      });
      const files = await repos.listEvidence(assessment.id, {
        attachedTo: 'meeting',
        attachedKey: String(id),
      });
      return detailOf(meeting, countsByMeeting(files).get(String(id)));
    },
  );
}

/**
 * Deletes a meeting with its attendance, decisions and files. A file the year was submitted with
 * stays Dinkes' to remove (evidence-rules.ts), so a meeting holding one is not deleted by the
 * Puskesmas either.
 */
export async function deleteMeeting(
  deps: MeetingsDeps,
  input: YearOf & { editor: Editor; id: number; expectedVersion: number },
): Promise<void> {
  const { uow, clock, blobs } = deps;
  const { unit, year, editor, id } = input;
  const at = clock();
  const files = await writeYear(
    uow,
    { unit, year, editor, mayChange: (assessment) => assertMayRecord(editor, input, assessment.status) },
    async (repos, assessment) => {
      await meetingOf(repos, input, id);
      const attached = await repos.listEvidence(assessment.id, {
        attachedTo: 'meeting',
        attachedKey: String(id),
      });
      const submittedAt = await repos.getSubmittedAt(assessment.id);
      for (const file of attached) {
        // Files of another uploader go with the meeting; the one rule kept is what Dinkes received.
        const refusal = deletionRefusal({ ...editor, username: file.uploadedBy }, file, {
          status: assessment.status,
          submittedAt,
        });
        if (refusal === 'submitted-with') {
          throw new AppError('EVIDENCE_SUBMITTED_WITH', { name: file.filename }, { status: 409 });
        }
        await repos.deleteEvidence(file, { actor: editor.username, at });
      }
      await repos.deleteMeeting(id, {
        actor: editor.username,
        at,
        assessmentId: assessment.id,
        expectedVersion: input.expectedVersion,
      });
      return attached;
    },
  );
  for (const file of files) await blobs.remove(file);
}
