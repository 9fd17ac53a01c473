// The app's ports (src/app/ports.ts) implemented over the repositories, for one Db or transaction.
import type { Stage } from '../../domain/assessment/inputs.ts';
import type { StageRows } from '../../domain/assessment/stage-rows.ts';
import type {
  DistrictResultRow,
  Repositories,
  ScoringInputs,
  StoredResult,
  UnitOfWork,
  YearKey,
} from '../../app/ports.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import { AppError } from '../../shared/errors.ts';
import { ResultDetail } from '../../shared/schemas/result-detail.schema.ts';
import type { Db, Store } from '../db.ts';
import { findAssessmentRef } from './assessment-ref.ts';
import { loadDistrictScoringInputs } from './district-scoring-inputs.ts';
import { monthReportRepositories } from './month-reports.ts';
import { planningRepositories } from './planning.ts';
import { recordRepositories } from './records.ts';
import { backgroundJobRepositories } from './background-jobs.ts';
import { warningCheckRepositories } from './warning-checks.ts';
import { workflowRepositories } from './workflow.ts';
import { readinessRepositories } from './readiness.ts';
import { analysisRepositories, feedbackRepositories } from './improvement.ts';
import { verificationRepositories } from './verification.ts';
import { waitingRepositories } from './waiting.ts';
import { yearsRepositories } from './years.ts';
import { listAssessmentsOfYear } from '../repositories/assessments.repository.ts';
import {
  getCatalogVersion,
  getCatalogVersionById,
  loadCatalog,
  publishCatalogVersion,
  saveCatalog,
  type CatalogVersion,
} from '../repositories/catalogs.repository.ts';
import { listMonthlyEntries, upsertMonthlyValue } from '../repositories/monthly-values.repository.ts';
import { findOrgUnitWithAncestors, getOrgUnitByCode } from '../repositories/org-units.repository.ts';
import {
  getResult,
  getResultBesideOthers,
  hasResult,
  type AssessmentResult as StoredResultRow,
  listDistrictResults,
  upsertResult,
  upsertResults,
} from '../repositories/results.repository.ts';
import { listRubricScores } from '../repositories/rubric-scores.repository.ts';
import { listTargets } from '../repositories/targets.repository.ts';
import { listReportTexts, upsertReportText } from '../repositories/report-texts.repository.ts';

const NO_ROWS: StageRows = { targets: [], monthly: [], rubrics: [] };

/** The rows of one stage that scoring reads. */
async function scoredRows(db: Db, year: YearKey, stage: Stage): Promise<StageRows> {
  const targets = await listTargets(db, year, stage);
  const monthly = await listMonthlyEntries(db, year, stage);
  const rubrics = await listRubricScores(db, year, stage);
  return { targets, monthly, rubrics };
}

/**
 * Published catalog versions never change (a trigger refuses it), so each is read from the database
 * once per store, not on every refresh of a result.
 */
export class CatalogCache {
  readonly #published = new Map<number, Catalog>();
  readonly #publishedVersions = new Map<number, CatalogVersion>();

  async load(db: Db, version: CatalogVersion): Promise<Catalog | undefined> {
    const cached = this.#published.get(version.id);
    if (cached) return cached;
    const catalog = await loadCatalog(db, version.id);
    if (catalog && version.status === 'published') this.#published.set(version.id, catalog);
    return catalog;
  }

  /** The version's row (its settings, its status); a draft's is read every time, it may still change. */
  async version(db: Db, id: number): Promise<CatalogVersion | undefined> {
    const cached = this.#publishedVersions.get(id);
    if (cached) return cached;
    const version = await getCatalogVersionById(db, id);
    if (version?.status === 'published') this.#publishedVersions.set(id, version);
    return version;
  }
}

const cacheByStore = new WeakMap<Store, CatalogCache>();

function cacheOf(store: Store): CatalogCache {
  let cache = cacheByStore.get(store);
  if (!cache) cacheByStore.set(store, (cache = new CatalogCache()));
  return cache;
}

export function createRepositories(db: Db, catalogs: CatalogCache = new CatalogCache()): Repositories {
  return {
    ...planningRepositories(db, catalogs),
    ...monthReportRepositories(db),
    ...warningCheckRepositories(db),
    ...yearsRepositories(db),
    ...feedbackRepositories(db),
    ...analysisRepositories(db),
    ...recordRepositories(db),
    ...backgroundJobRepositories(db),
    ...workflowRepositories(db),
    ...verificationRepositories(db),
    ...readinessRepositories(db),
    ...waitingRepositories(db),
    listReportTexts: (orgUnitIds, year) => listReportTexts(db, orgUnitIds, year),
    saveReportText: (write) => upsertReportText(db, write),
    async saveCatalogDraft(input) {
      const version = await saveCatalog(db, input);
      return { catalogVersionId: version.id, year: version.year, status: version.status };
    },
    async publishCatalog(input) {
      const version = await publishCatalogVersion(db, input);
      return { catalogVersionId: version.id, year: version.year, status: version.status };
    },
    async loadScoringInputs(year, stage): Promise<ScoringInputs> {
      const ref = await findAssessmentRef(db, { assessmentId: year.assessmentId });
      if (!ref)
        throw new AppError(
          'ASSESSMENT_NOT_FOUND',
          { puskesmas: `#${year.assessmentId}`, year: '' },
          { status: 404 },
        );
      // One after another: a transaction is one connection, and pg queues (and will refuse) overlapping queries.
      const version = await catalogs.version(db, ref.catalogVersionId);
      const catalog = version && (await catalogs.load(db, version));
      if (!catalog || !version) throw new Error(`catalog version ${ref.catalogVersionId} is missing`);
      const own = await scoredRows(db, year, 'self');
      // The corrections are read only where they are laid over the Puskesmas' rows.
      const corrections = stage === 'verified' ? await scoredRows(db, year, 'verified') : NO_ROWS;
      return { assessment: ref, catalog, settings: version.settings ?? {}, stage, own, corrections };
    },

    async saveResult(result: StoredResult) {
      await upsertResult(db, result);
    },
    loadDistrictScoringRows: (districtId, year) => loadDistrictScoringInputs(db, catalogs, districtId, year),
    async saveResults(results) {
      await upsertResults(db, results);
    },

    async findDistrict(code) {
      const unit = await getOrgUnitByCode(db, code);
      return unit?.level === 'district' ? { id: unit.id, code: unit.code, name: unit.name } : undefined;
    },

    async loadDistrictCatalog(districtCode, year) {
      const district = await getOrgUnitByCode(db, districtCode);
      const version = district && (await getCatalogVersion(db, district.id, year));
      return version ? loadCatalog(db, version.id) : undefined;
    },

    findOrgUnit: (code) => findOrgUnitWithAncestors(db, code),

    async findPuskesmas(code) {
      const unit = await getOrgUnitByCode(db, code);
      return unit?.level === 'puskesmas'
        ? { id: unit.id, code: unit.code, name: unit.name, rawatInap: unit.rawatInap }
        : undefined;
    },

    findAssessment: (puskesmasCode, year) => findAssessmentRef(db, { puskesmasCode, year }),

    getResult: async (year, stage) => readable(await getResult(db, year, stage)),

    async getResultBesideOthers(year, stage) {
      const { result, others } = await getResultBesideOthers(db, year, stage);
      return { result: readable(result), others };
    },

    hasResult: (year, stage) => hasResult(db, year, stage),

    async listDistrictResults(districtId: number, year: number, stage: Stage): Promise<DistrictResultRow[]> {
      const rows = await listDistrictResults(db, { districtId, year, stage });
      return rows.map(
        ({ puskesmasId, puskesmasCode, puskesmasName, rawatInap, assessmentStatus, ...rest }) => ({
          ...rest,
          status: assessmentStatus,
          puskesmas: { id: puskesmasId, code: puskesmasCode, name: puskesmasName, rawatInap },
        }),
      );
    },

    async listYearAssessments(year, districtId) {
      const rows = await listAssessmentsOfYear(db, year, districtId);
      return rows.map((r) => ({
        districtId: r.districtId,
        assessmentId: r.assessmentId,
        status: r.status,
        puskesmas: { code: r.puskesmasCode, name: r.puskesmasName },
        district: { code: r.districtCode },
      }));
    },

    async saveMonthlyValue(write) {
      const saved = await upsertMonthlyValue(db, write);
      return { version: saved.version };
    },
  };
}

/** A stored result as the app reads it; one whose detail this pkp cannot read is none (it is scored afresh). */
function readable(row: StoredResultRow | undefined): StoredResult | undefined {
  if (!row) return undefined;
  const detail = ResultDetail.safeParse(row.detail);
  return detail.success ? { ...row, detail: detail.data } : undefined;
}

/** The repositories of a store outside any transaction (reads), sharing the store's catalog cache. */
export function storeRepositories(store: Store): Repositories {
  return createRepositories(store.db, cacheOf(store));
}

const unitsOfWork = new WeakMap<Store, UnitOfWork>();

/**
 * The store's unit of work, one per store: what keys a store's in-process state (the queue of each
 * Puskesmas-year's writes, app/year-write.ts), so every caller of one store shares it.
 */
export function unitOfWork(store: Store): UnitOfWork {
  let uow = unitsOfWork.get(store);
  if (!uow) {
    const catalogs = cacheOf(store);
    uow = (work) => store.db.transaction((tx) => work(createRepositories(tx, catalogs)));
    unitsOfWork.set(store, uow);
  }
  return uow;
}
