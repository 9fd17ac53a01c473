// Meetings of a Puskesmas-year with their participants (attendance) and decisions; each write is
// version-checked and audited with the whole record before and after. Queries only.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db.ts';
import { meetingDecisions, meetingParticipants, meetings, programmeAnalyses, rtlActions } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

type MeetingRow = typeof meetings.$inferSelect;

export interface Meeting extends MeetingRow {
  participants: { name: string; role: string; present: boolean }[];
  decisions: { text: string; rtlActionId: number | null }[];
}

export type MeetingFieldsRow = Pick<Meeting, 'kind' | 'heldOn' | 'title' | 'agenda' | 'minutes'> &
  Pick<Meeting, 'participants' | 'decisions'>;

export interface MeetingWriteRow {
  orgUnitId: number;
  year: number;
  assessmentId: number;
  fields: MeetingFieldsRow;
  actor: string;
  at: Date;
}

/** The record as the audit trail keeps it: fields, attendance and decisions. */
function audited(m: Meeting): Record<string, unknown> {
  return {
    kind: m.kind,
    heldOn: m.heldOn,
    title: m.title,
    agenda: m.agenda,
    minutes: m.minutes,
    participants: m.participants,
    decisions: m.decisions,
    version: m.version,
  };
}

async function withChildren(db: Db, rows: MeetingRow[]): Promise<Meeting[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // One after another: inside a transaction the queries share one connection.
  const people = await db
    .select()
    .from(meetingParticipants)
    .where(inArray(meetingParticipants.meetingId, ids))
    .orderBy(asc(meetingParticipants.id));
  const decided = await db
    .select()
    .from(meetingDecisions)
    .where(inArray(meetingDecisions.meetingId, ids))
    .orderBy(asc(meetingDecisions.id));
  return rows.map((row) => ({
    ...row,
    participants: people
      .filter((p) => p.meetingId === row.id)
      .map((p) => ({ name: p.name, role: p.role, present: p.present })),
    decisions: decided
      .filter((d) => d.meetingId === row.id)
      .map((d) => ({ text: d.text, rtlActionId: d.rtlActionId })),
  }));
}

export async function listMeetings(db: Db, orgUnitId: number, year: number): Promise<Meeting[]> {
  const rows = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.orgUnitId, orgUnitId), eq(meetings.year, year)))
    .orderBy(asc(meetings.heldOn), asc(meetings.id));
  return withChildren(db, rows);
}

export async function getMeeting(db: Db, id: number, options: { lock?: boolean } = {}) {
  const query = db.select().from(meetings).where(eq(meetings.id, id));
  const rows = options.lock ? await query.for('update') : await query;
  return (await withChildren(db, rows))[0];
}

async function writeChildren(db: Db, meetingId: number, fields: MeetingFieldsRow): Promise<void> {
  if (fields.participants.length > 0) {
    await db.insert(meetingParticipants).values(fields.participants.map((p) => ({ ...p, meetingId })));
  }
  if (fields.decisions.length > 0) {
    await db.insert(meetingDecisions).values(fields.decisions.map((d) => ({ ...d, meetingId })));
  }
}

const columnsOf = (w: MeetingWriteRow) => ({
  kind: w.fields.kind,
  heldOn: w.fields.heldOn,
  title: w.fields.title,
  agenda: w.fields.agenda,
  minutes: w.fields.minutes,
  updatedBy: w.actor,
  updatedAt: w.at,
});

export async function insertMeeting(db: Db, write: MeetingWriteRow): Promise<Meeting> {
  const [row] = await db
    .insert(meetings)
    .values({ orgUnitId: write.orgUnitId, year: write.year, ...columnsOf(write) })
    .returning();
  if (!row) throw new Error('meetings insert returned no row');
  await writeChildren(db, row.id, write.fields);
  const meeting = (await getMeeting(db, row.id))!;
  await appendAudit(db, {
    actor: write.actor,
    entity: 'meeting',
    entityKey: { id: row.id },
    oldValue: null,
    newValue: audited(meeting),
    assessmentId: write.assessmentId,
  });
  return meeting;
}

function stale(current: number, expected: number): AppError {
  return new AppError('STALE_VALUE', { current, expected }, { status: 409 });
}

export async function updateMeeting(
  db: Db,
  id: number,
  write: MeetingWriteRow & { expectedVersion: number },
): Promise<Meeting> {
  const before = await getMeeting(db, id, { lock: true });
  if (!before) throw new AppError('MEETING_NOT_FOUND', { id }, { status: 404 });
  if (before.version !== write.expectedVersion) throw stale(before.version, write.expectedVersion);
  await db
    .update(meetings)
    .set({ ...columnsOf(write), version: sql`${meetings.version} + 1` })
    .where(eq(meetings.id, id));
  await db.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, id));
  await db.delete(meetingDecisions).where(eq(meetingDecisions.meetingId, id));
  await writeChildren(db, id, write.fields);
  const after = (await getMeeting(db, id))!;
  await appendAudit(db, {
    actor: write.actor,
    entity: 'meeting',
    entityKey: { id },
    oldValue: audited(before),
    newValue: audited(after),
    assessmentId: write.assessmentId,
  });
  return after;
}

export async function deleteMeeting(
  db: Db,
  id: number,
  audit: { actor: string; assessmentId: number; expectedVersion: number },
): Promise<Meeting> {
  const before = await getMeeting(db, id, { lock: true });
  if (!before) throw new AppError('MEETING_NOT_FOUND', { id }, { status: 404 });
  if (before.version !== audit.expectedVersion) throw stale(before.version, audit.expectedVersion);
  await db.delete(meetings).where(eq(meetings.id, id));
  await appendAudit(db, {
    actor: audit.actor,
    entity: 'meeting',
    entityKey: { id },
    oldValue: audited(before),
    newValue: null,
    assessmentId: audit.assessmentId,
  });
  return before;
}

/** The RTL actions of a Puskesmas-year (Bab VI), for linking a decision to one. */
export async function listRtlActionChoices(db: Db, assessmentId: number) {
  return db
    .select({
      id: rtlActions.id,
      indicatorCode: rtlActions.indicatorCode,
      action: rtlActions.action,
      status: rtlActions.status,
    })
    .from(rtlActions)
    .where(eq(rtlActions.assessmentId, assessmentId))
    .orderBy(asc(rtlActions.indicatorCode), asc(rtlActions.id));
}

export async function hasProgrammeAnalysis(db: Db, assessmentId: number): Promise<boolean> {
  const [row] = await db
    .select({ code: programmeAnalyses.programmeCode })
    .from(programmeAnalyses)
    .where(and(eq(programmeAnalyses.assessmentId, assessmentId), sql`trim(${programmeAnalyses.text}) <> ''`))
    .limit(1);
  return row !== undefined;
}
