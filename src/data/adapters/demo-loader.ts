// Loads a demo plan (src/app/demo/plan.ts) into the store in one transaction: all of it, or nothing.
import { sql } from 'drizzle-orm';
import type { DemoPlan } from '../../app/demo/plan.ts';
import type { Repositories } from '../../app/ports.ts';
import type { Db, Store } from '../db.ts';
import { CatalogCache, createRepositories } from './repositories.ts';
import { getOrCreateAssessment, setAssessmentStatus } from '../repositories/assessments.repository.ts';
import { appendAudit } from '../repositories/audit.repository.ts';
import {
  getCatalogVersion,
  publishCatalogVersion,
  saveCatalog,
} from '../repositories/catalogs.repository.ts';
import { insertMonthReportsBulk } from '../repositories/month-reports.repository.ts';
import { insertMonthlyValuesBulk } from '../repositories/monthly-values.repository.ts';
import {
  createOrgUnit,
  getOrgUnitByCode,
  listPuskesmasOfDistrict,
} from '../repositories/org-units.repository.ts';
import { upsertProfile } from '../repositories/profiles.repository.ts';
import { insertRubricScoresBulk } from '../repositories/rubric-scores.repository.ts';
import { insertTargetsBulk } from '../repositories/targets.repository.ts';
import { getAssessment } from '../repositories/assessments.repository.ts';

export interface LoadedDemo {
  /** False when the district already had this year: nothing was written. */
  created: boolean;
  assessmentIds: number[];
}

export type DemoProgress = (done: number, total: number, puskesmasName: string) => void;

/** The Puskesmas-years of a demo district-year already loaded, or undefined when it is not there. */
export async function existingDemo(
  db: Db,
  districtCode: string,
  year: number,
): Promise<number[] | undefined> {
  const district = await getOrgUnitByCode(db, districtCode);
  if (!district || !(await getCatalogVersion(db, district.id, year))) return undefined;
  const ids: number[] = [];
  for (const unit of await listPuskesmasOfDistrict(db, district.id)) {
    const assessment = await getAssessment(db, unit.id, year);
    if (assessment) ids.push(assessment.id);
  }
  return ids;
}

export interface LoadDemoOptions {
  progress?: DemoProgress;
  /** Runs inside the loading transaction once the whole district-year is in: where its results are computed. */
  afterDistrict?: (repos: Repositories, districtId: number, year: number) => Promise<unknown>;
}

export async function loadDemoPlan(
  store: Store,
  plan: DemoPlan,
  options: LoadDemoOptions = {},
): Promise<LoadedDemo> {
  const existing = await existingDemo(store.db, plan.district.code, plan.year);
  if (existing) return { created: false, assessmentIds: existing };

  const catalogs = new CatalogCache();
  const loaded = await store.db.transaction(async (tx) => {
    const province =
      (await getOrgUnitByCode(tx, plan.province.code)) ??
      (await createOrgUnit(tx, { ...plan.province, level: 'province' }));
    const district =
      (await getOrgUnitByCode(tx, plan.district.code)) ??
      (await createOrgUnit(tx, { ...plan.district, level: 'district', parentId: province.id }));
    const version = await saveCatalog(tx, {
      districtId: district.id,
      catalog: plan.catalog,
      settings: {},
      actor: plan.actor,
    });
    // The demo year is over: its indicator set is published (frozen), as a district would have done.
    await publishCatalogVersion(tx, { catalogVersionId: version.id, actor: plan.actor });

    // Units and years first; then each table's rows of the whole district in one COPY (a few
    // statements a district, not a few a Puskesmas); then what follows a year one by one.
    const years: {
      unitId: number;
      districtId: number;
      assessmentId: number;
      entry: (typeof plan.puskesmas)[number];
    }[] = [];
    for (const entry of plan.puskesmas) {
      const { puskesmas: p } = entry;
      const unit = await createOrgUnit(tx, {
        code: p.code,
        name: p.name,
        level: 'puskesmas',
        parentId: district.id,
        rawatInap: p.rawatInap,
      });
      const assessment = await getOrCreateAssessment(tx, {
        puskesmasId: unit.id,
        year: plan.year,
        catalogVersionId: version.id,
      });
      years.push({ unitId: unit.id, districtId: assessment.districtId, assessmentId: assessment.id, entry });
    }
    await insertTargetsBulk(
      tx,
      years.flatMap(({ districtId, assessmentId, entry }) =>
        entry.targets.map((t) => ({
          districtId,
          assessmentId,
          indicatorCode: t.indicatorCode,
          sasaran: t.sasaran,
          chosen: t.chosen,
          targetValue: t.targetValue ?? null,
          updatedBy: plan.actor,
        })),
      ),
    );
    await insertMonthlyValuesBulk(
      tx,
      years.flatMap(({ districtId, assessmentId, entry }) =>
        entry.monthly.map((m) => ({
          districtId,
          assessmentId,
          stage: 'self' as const,
          enteredBy: plan.actor,
          ...m,
        })),
      ),
    );
    await insertRubricScoresBulk(
      tx,
      years.flatMap(({ districtId, assessmentId, entry }) =>
        entry.rubrics.map((r) => ({
          districtId,
          assessmentId,
          stage: 'self' as const,
          enteredBy: plan.actor,
          ...r,
        })),
      ),
    );
    // When each month first became complete and was reported, as the entry dates say: its
    // timeliness is its report's (rule 20).
    await insertMonthReportsBulk(
      tx,
      years.flatMap(({ assessmentId, entry }) =>
        entry.monthReports.map((r) => ({
          assessmentId,
          month: r.month,
          completedAt: r.completedAt,
          reportedAt: r.reportedAt,
          reportedBy: r.reportedBy,
        })),
      ),
    );

    for (const [index, { unitId, assessmentId, entry }] of years.entries()) {
      const { puskesmas: p } = entry;
      await upsertProfile(tx, {
        orgUnitId: unitId,
        year: plan.year,
        data: entry.profile,
        rawatInap: { before: p.rawatInap, after: p.rawatInap },
        assessmentId,
        expectedVersion: 0,
        actor: plan.actor,
        reason: 'Profil demo dibuat oleh `pkp demo`',
        at: new Date(Date.UTC(plan.year, 0, 15, 2)),
      });
      // Bulk loads write no per-row audit entries; one entry says where these values came from.
      await appendAudit(tx, {
        actor: plan.actor,
        entity: 'assessment',
        assessmentId,
        entityKey: { year: plan.year },
        oldValue: null,
        newValue: {
          targets: entry.targets.length,
          monthlyValues: entry.monthly.length,
          rubricScores: entry.rubrics.length,
          monthReports: entry.monthReports.length,
        },
        reason: 'Data demo dibuat oleh `pkp demo`',
      });
      if (entry.status === 'submitted')
        await setAssessmentStatus(tx, {
          assessmentId,
          status: 'submitted',
          actor: plan.actor,
          reason: 'Demo: penilaian mandiri dikirim',
          // In the second week after the year ended, as a Kepala Puskesmas would have.
          at: new Date(Date.UTC(plan.year + 1, 0, 10, 2)),
        });
      options.progress?.(index + 1, plan.puskesmas.length, p.name);
    }
    await options.afterDistrict?.(createRepositories(tx, catalogs), district.id, plan.year);
    const assessmentIds = years.map((y) => y.assessmentId);
    return { created: true, assessmentIds };
  });
  // A fresh bulk load leaves the planner without statistics (PGlite has no autovacuum to gather them).
  await store.db.execute(sql`ANALYZE`);
  return loaded;
}
