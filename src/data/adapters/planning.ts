// The planning ports (src/app/ports.ts: profile, targets, entries, rubric, dashboards) over the
// repositories, for one Db or transaction; createRepositories spreads them into `Repositories`.
import type {
  AssessmentRef,
  DistrictCatalog,
  MonthlyValueRecord,
  PlanningRepository,
  RubricScoreRecord,
  TargetRecord,
} from '../../app/ports.ts';
import { AppError } from '../../shared/errors.ts';
import { ResultDetail } from '../../shared/schemas/result-detail.schema.ts';
import type { Db } from '../db.ts';
import { findAssessmentRef } from './assessment-ref.ts';
import {
  getOrCreateAssessment,
  setAssessmentRawatInap,
  listAssessmentsOfPuskesmas,
} from '../repositories/assessments.repository.ts';
import { listAudit } from '../repositories/audit.repository.ts';
import { getCatalogVersion, type CatalogVersion } from '../repositories/catalogs.repository.ts';
import {
  listDistrictApplicability,
  listDistrictAssessments,
  listDistrictEntryStamps,
  listDistrictNodeScores,
} from '../repositories/district-dashboard.repository.ts';
import {
  getMonthlyValue,
  listMonthlyValuesOfStage,
  listRowAndMonthValues,
  type MonthlyValue,
} from '../repositories/monthly-values.repository.ts';
import {
  getOrgUnitById,
  listPuskesmasOfDistrict,
  setRawatInap,
} from '../repositories/org-units.repository.ts';
import { getProfile, upsertProfile } from '../repositories/profiles.repository.ts';
import {
  listRubricScores,
  upsertRubricScore,
  type RubricScore,
} from '../repositories/rubric-scores.repository.ts';
import { listTargets, upsertTarget, type Target } from '../repositories/targets.repository.ts';
import type { CatalogCache } from './repositories.ts';

const toTarget = ({ districtId: _d, assessmentId: _a, stage: _s, ...row }: Target): TargetRecord => row;

const toMonthly = ({
  districtId: _d,
  assessmentId: _a,
  stage: _s,
  ...row
}: MonthlyValue): MonthlyValueRecord => row;

const toRubric = ({ districtId: _d, assessmentId: _a, stage: _s, ...row }: RubricScore): RubricScoreRecord =>
  row;

export function planningRepositories(db: Db, catalogs: CatalogCache): PlanningRepository {
  const catalogOf = async (version: CatalogVersion): Promise<DistrictCatalog> => {
    const catalog = await catalogs.load(db, version);
    if (!catalog) throw new Error(`catalog version ${version.id} has no nodes`);
    return {
      catalogVersionId: version.id,
      status: version.status,
      catalog,
      settings: version.settings ?? {},
    };
  };

  const versionOf = async (catalogVersionId: number): Promise<DistrictCatalog> => {
    const version = await catalogs.version(db, catalogVersionId);
    if (!version) throw new Error(`catalog version ${catalogVersionId} is missing`);
    return catalogOf(version);
  };

  const lockedRef = async (assessmentId: number) => {
    const locked = await findAssessmentRef(db, { assessmentId }, { lock: true });
    if (!locked) throw new Error(`assessment ${assessmentId} does not exist`);
    return locked;
  };

  const openAssessment = async (puskesmasId: number, year: number): Promise<AssessmentRef> => {
    // Every save of an opened year asks: one round trip then.
    const existing = await findAssessmentRef(db, { puskesmasId, year });
    if (existing) return existing;
    const puskesmas = await getOrgUnitById(db, puskesmasId);
    const district = puskesmas?.parentId == null ? undefined : await getOrgUnitById(db, puskesmas.parentId);
    if (!puskesmas || !district) throw new Error(`unit ${puskesmasId} is not a Puskesmas of a district`);
    const version = await getCatalogVersion(db, district.id, year);
    if (!version) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
    // A draft catalog is still being written: nobody enters figures against rows that may yet go.
    if (version.status !== 'published')
      throw new AppError('CATALOG_NOT_PUBLISHED', { district: district.name, year }, { status: 409 });
    const opened = await getOrCreateAssessment(db, { puskesmasId, year, catalogVersionId: version.id });
    const ref = await findAssessmentRef(db, { assessmentId: opened.id });
    if (!ref) throw new Error(`assessment ${opened.id} was opened but cannot be read`);
    return ref;
  };

  return {
    async getOrgUnit(id) {
      const unit = await getOrgUnitById(db, id);
      return unit && { id: unit.id, code: unit.code, name: unit.name, level: unit.level };
    },

    async listPuskesmas(districtId) {
      const units = await listPuskesmasOfDistrict(db, districtId);
      return units.map((u) => ({ id: u.id, code: u.code, name: u.name, rawatInap: u.rawatInap }));
    },

    async findDistrictCatalog(districtId, year) {
      const version = await getCatalogVersion(db, districtId, year);
      return version && catalogOf(version);
    },

    async loadAssessmentCatalog(assessmentId) {
      const assessment = await findAssessmentRef(db, { assessmentId });
      if (!assessment) throw new Error(`assessment ${assessmentId} does not exist`);
      return versionOf(assessment.catalogVersionId);
    },

    loadCatalogVersion: versionOf,

    async listAssessmentsOf(puskesmasId) {
      const rows = await listAssessmentsOfPuskesmas(db, puskesmasId);
      return rows.map((a) => ({ id: a.id, year: a.year, status: a.status }));
    },

    async listTargetRecords(year, stage) {
      return (await listTargets(db, year, stage)).map(toTarget);
    },

    async listMonthlyValueRecords(year, stage) {
      return listMonthlyValuesOfStage(db, year, stage);
    },

    listRowAndMonthValues: (key) => listRowAndMonthValues(db, key),

    async getMonthlyValueRecord(key) {
      const row = await getMonthlyValue(db, key);
      return row && toMonthly(row);
    },

    async listRubricScoreRecords(year, stage) {
      return (await listRubricScores(db, year, stage)).map(toRubric);
    },

    async getProfile(orgUnitId, year) {
      const row = await getProfile(db, { orgUnitId, year });
      return (
        row && { data: row.data, version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt }
      );
    },

    async listAuditTrail(query) {
      const rows = await listAudit(db, query);
      return rows.map((r) => ({
        at: r.at,
        actor: r.actor,
        oldValue: r.oldValue,
        newValue: r.newValue,
        reason: r.reason,
      }));
    },

    openAssessment,

    lockAssessment: lockedRef,

    async openAndLockAssessment(puskesmasId, year) {
      const locked = await findAssessmentRef(db, { puskesmasId, year }, { lock: true });
      return locked ?? lockedRef((await openAssessment(puskesmasId, year)).id);
    },

    async setAssessmentRawatInap(assessmentId, rawatInap) {
      await setAssessmentRawatInap(db, assessmentId, rawatInap);
    },

    async saveTarget(write) {
      return toTarget(await upsertTarget(db, write));
    },

    async saveRubricScore(write) {
      return toRubric(await upsertRubricScore(db, write));
    },

    async saveProfile(write) {
      const row = await upsertProfile(db, write);
      return { data: row.data, version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt };
    },

    async setRawatInap(puskesmasId, rawatInap) {
      await setRawatInap(db, puskesmasId, rawatInap);
    },

    async listDistrictAssessments(districtId, year) {
      const rows = await listDistrictAssessments(db, districtId, year);
      return rows.map((r) => ({
        assessmentId: r.assessmentId,
        status: r.status,
        puskesmas: { id: r.puskesmasId, code: r.code, name: r.name, rawatInap: r.rawatInap },
      }));
    },

    listDistrictApplicability: (districtId, year) => listDistrictApplicability(db, districtId, year),

    async listDistrictEntryStamps(districtId, year, stage, offsetMinutes) {
      const rows = await listDistrictEntryStamps(db, { districtId, year, stage, offsetMinutes });
      return rows.flatMap(({ assessmentId, indicatorCode, stamps }) =>
        stamps.split(',').map((stamp) => {
          const [month = '', mask = '0', enteredOn = ''] = stamp.split(':');
          const bits = Number(mask);
          const present = {
            numerator: (bits & 1) > 0,
            denominator: (bits & 2) > 0,
            value: (bits & 4) > 0,
            flag: (bits & 8) > 0,
          };
          return { assessmentId, indicatorCode, month, present, enteredOn };
        }),
      );
    },

    async listDistrictNodeScores(districtId, year, stage) {
      const rows = await listDistrictNodeScores(db, districtId, year, stage);
      return rows.map((r) => ({
        assessmentId: r.assessmentId,
        // Unreadable scores (another pkp's, or edited by hand) show as no score rather than failing the map.
        nodes: ResultDetail.shape.nodes.catch({}).parse(r.nodes ?? {}),
      }));
    },
  };
}
