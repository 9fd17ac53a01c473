// Bab V as the Puskesmas team writes it: per indicator below target, the problem, its causes and its
// USG scores; per programme, a short analysis. Each write is version-checked and audited (entity
// 'gap_analysis', keyed by the indicator's or the programme's code).
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { gapAnalyses, programmeAnalyses, type ProblemCauses } from '../schema.ts';
import { writeVersioned } from './versioned-write.ts';

export type GapAnalysis = typeof gapAnalyses.$inferSelect;
export type ProgrammeAnalysis = typeof programmeAnalyses.$inferSelect;

export async function listGapAnalyses(db: Db, assessmentId: number): Promise<GapAnalysis[]> {
  return db
    .select()
    .from(gapAnalyses)
    .where(eq(gapAnalyses.assessmentId, assessmentId))
    .orderBy(asc(gapAnalyses.indicatorCode));
}

export async function saveGapAnalysis(
  db: Db,
  write: {
    assessmentId: number;
    indicatorCode: string;
    problem: string;
    causes: ProblemCauses;
    urgency: number;
    seriousness: number;
    growth: number;
    expectedVersion: number;
    actor: string;
    at: Date;
  },
): Promise<GapAnalysis> {
  const key = { assessmentId: write.assessmentId, indicatorCode: write.indicatorCode };
  const kept = (row: GapAnalysis) => ({
    problem: row.problem,
    causes: row.causes,
    urgency: row.urgency,
    seriousness: row.seriousness,
    growth: row.growth,
    version: row.version,
  });
  return writeVersioned(db, gapAnalyses, {
    where: and(
      eq(gapAnalyses.assessmentId, key.assessmentId),
      eq(gapAnalyses.indicatorCode, key.indicatorCode),
    )!,
    key,
    fields: {
      problem: write.problem,
      causes: write.causes,
      urgency: write.urgency,
      seriousness: write.seriousness,
      growth: write.growth,
      updatedBy: write.actor,
      updatedAt: write.at,
    },
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'gap_analysis',
      assessmentId: key.assessmentId,
      entityKey: { indicatorCode: key.indicatorCode },
      oldValue: before ? kept(before) : null,
      newValue: kept(after),
    }),
  });
}

export async function listProgrammeAnalyses(db: Db, assessmentId: number): Promise<ProgrammeAnalysis[]> {
  return db
    .select()
    .from(programmeAnalyses)
    .where(eq(programmeAnalyses.assessmentId, assessmentId))
    .orderBy(asc(programmeAnalyses.programmeCode));
}

export async function saveProgrammeAnalysis(
  db: Db,
  write: {
    assessmentId: number;
    programmeCode: string;
    text: string;
    expectedVersion: number;
    actor: string;
    at: Date;
  },
): Promise<ProgrammeAnalysis> {
  const key = { assessmentId: write.assessmentId, programmeCode: write.programmeCode };
  const kept = (row: ProgrammeAnalysis) => ({ text: row.text, version: row.version });
  return writeVersioned(db, programmeAnalyses, {
    where: and(
      eq(programmeAnalyses.assessmentId, key.assessmentId),
      eq(programmeAnalyses.programmeCode, key.programmeCode),
    )!,
    key,
    fields: { text: write.text, updatedBy: write.actor, updatedAt: write.at },
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'gap_analysis',
      assessmentId: key.assessmentId,
      entityKey: { programmeCode: key.programmeCode },
      oldValue: before ? kept(before) : null,
      newValue: kept(after),
    }),
  });
}
