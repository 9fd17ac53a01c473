// The report's standard texts (a district's) and their adaptations (a Puskesmas'): one row per org
// unit, year and section, each write version-checked and audited.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ReportTextSection } from '../../shared/report-document.ts';
import type { Db } from '../db.ts';
import { reportTexts } from '../schema.ts';
import { writeVersioned } from './versioned-write.ts';

export type ReportTextRow = typeof reportTexts.$inferSelect;

export async function listReportTexts(
  db: Db,
  orgUnitIds: readonly number[],
  year: number,
): Promise<ReportTextRow[]> {
  if (orgUnitIds.length === 0) return [];
  return db
    .select()
    .from(reportTexts)
    .where(and(inArray(reportTexts.orgUnitId, [...orgUnitIds]), eq(reportTexts.year, year)));
}

export interface ReportTextWrite {
  orgUnitId: number;
  year: number;
  section: ReportTextSection;
  body: string;
  expectedVersion: number;
  actor: string;
  at?: Date;
}

export async function upsertReportText(db: Db, write: ReportTextWrite): Promise<ReportTextRow> {
  const key = { orgUnitId: write.orgUnitId, year: write.year, section: write.section };
  return writeVersioned(db, reportTexts, {
    where: and(
      eq(reportTexts.orgUnitId, key.orgUnitId),
      eq(reportTexts.year, key.year),
      eq(reportTexts.section, key.section),
    )!,
    key,
    fields: { body: write.body, updatedBy: write.actor, updatedAt: write.at ?? sql`now()` },
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'report_text',
      orgUnitId: key.orgUnitId,
      assessmentId: null,
      entityKey: { year: key.year, section: key.section },
      oldValue: before ? { body: before.body, version: before.version } : null,
      newValue: { body: after.body, version: after.version },
      reason: null,
    }),
  });
}
