// The Puskesmas profile (Bab II of the report): read, and saved with the rawat inap status it carries.
import type { z } from 'zod';
import {
  PROFESSIONS,
  ProfileData,
  SASARAN_KEYS,
  type ProfileBody,
  type ProfileView,
  type Staff,
  type TargetPopulations,
} from '../shared/api/profile.schema.ts';
import { capabilityMarks, catalogCapabilities } from '../domain/assessment/capabilities.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import type {
  AssessmentRef,
  Clock,
  PlanningReader,
  ProfileRecord,
  Repositories,
  ResultsReader,
  UnitOfWork,
  YearKey,
} from './ports.ts';
import { recordCompletedMonths } from './month-completion.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import { iso, type PuskesmasUnit } from './puskesmas-year.ts';
import { refreshAfterChange } from './refresh-result.ts';
import { assertMayChange, type Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

export function emptyProfile(): ProfileData {
  return {
    address: '',
    areaKm2: null,
    villages: [],
    targetPopulations: Object.fromEntries(SASARAN_KEYS.map((k) => [k, null])) as TargetPopulations,
    staff: Object.fromEntries(PROFESSIONS.map((k) => [k, 0])) as Staff,
    facilities: [],
    lacks: [],
  };
}

/**
 * A stored document as the current schema reads it. Each part that does not parse (a document saved
 * before a field existed, or edited by hand) falls back to its empty value rather than failing the
 * whole screen; the next save writes it whole.
 */
export function readProfile(data: unknown): ProfileData {
  const out = emptyProfile();
  if (data === null || typeof data !== 'object') return out;
  const stored = data as Record<string, unknown>;
  const shape = ProfileData.shape;
  const take = <K extends keyof ProfileData>(key: K): void => {
    const parsed = shape[key].safeParse(stored[key]);
    if (parsed.success) out[key] = parsed.data as ProfileData[K];
  };
  take('address');
  take('areaKm2');
  take('villages');
  take('facilities');
  take('lacks');
  // Number by number: one figure the current bounds refuse (1.234,5 people, saved before populations
  // had to be whole) empties that field only, not every population of the profile.
  Object.assign(
    out.targetPopulations,
    eachParsed(ProfileData.shape.targetPopulations, stored.targetPopulations),
  );
  Object.assign(out.staff, eachParsed(ProfileData.shape.staff, stored.staff));
  return out;
}

/** The fields of `stored` that each parse with their own schema of `object`. */
function eachParsed<S extends z.ZodObject>(object: S, stored: unknown): Partial<z.infer<S>> {
  if (stored === null || typeof stored !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(object.shape as Record<string, z.ZodType>)) {
    const parsed = schema.safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as Partial<z.infer<S>>;
}

function view(
  unit: PuskesmasUnit,
  year: number,
  status: ProfileView['status'],
  record: ProfileRecord | undefined,
  rawatInap: boolean,
  capabilities: string[],
): ProfileView {
  const profile = readProfile(record?.data);
  return {
    puskesmas: { code: unit.code, name: unit.name, rawatInap },
    year,
    status,
    locked: status === 'final' || status === 'published',
    profile,
    population: profile.villages.reduce((sum, v) => sum + v.population, 0),
    capabilities,
    version: record?.version ?? 0,
    updatedBy: record?.updatedBy ?? null,
    updatedAt: iso(record?.updatedAt),
  };
}

type CatalogReader = Pick<PlanningReader, 'loadAssessmentCatalog' | 'findDistrictCatalog'>;

/** The year's catalog: the one the year was opened with, else the district's (none before it has one). */
async function catalogOfYear(
  repos: CatalogReader,
  unit: PuskesmasUnit,
  year: number,
  assessment: AssessmentRef | null | undefined,
): Promise<Catalog | undefined> {
  if (assessment) return (await repos.loadAssessmentCatalog(assessment.id)).catalog;
  const districtId = unit.ancestorIds[0];
  return districtId === undefined ? undefined : (await repos.findDistrictCatalog(districtId, year))?.catalog;
}

export async function getProfile(
  repos: Pick<PlanningReader, 'getProfile'> & CatalogReader & Pick<ResultsReader, 'findAssessment'>,
  unit: PuskesmasUnit,
  year: number,
): Promise<ProfileView> {
  const assessment = await repos.findAssessment(unit.code, year);
  const record = await repos.getProfile(unit.id, year);
  const rawatInap = assessment?.puskesmas.rawatInap ?? unit.rawatInap;
  const catalog = await catalogOfYear(repos, unit, year, assessment);
  const capabilities = catalog ? catalogCapabilities(catalog) : [];
  return view(unit, year, assessment?.status ?? null, record, rawatInap, capabilities);
}

/**
 * Marks the rows whose requirement the profile says the Puskesmas lacks not applicable, and unmarks
 * those it has again (domain/assessment/capabilities.ts), audited as target changes. Returns whether
 * any row moved; the caller records completed months and rescores.
 */
export async function applyCapabilities(
  repos: Repositories,
  input: { year: YearKey; catalog: Catalog; lacks: readonly string[]; actor: string; at: Date },
): Promise<boolean> {
  const rows = new Map((await repos.listTargetRecords(input.year)).map((t) => [t.indicatorCode, t]));
  const marks = capabilityMarks(input.catalog, input.lacks, rows);
  for (const mark of marks) {
    const current = rows.get(mark.code);
    await repos.saveTarget({
      ...input.year,
      indicatorCode: mark.code,
      targetValue: current?.targetValue ?? null,
      targetSasaran: current?.targetSasaran ?? null,
      sasaran: current?.sasaran ?? null,
      applicable: mark.applicable,
      notApplicableReason: mark.notApplicableReason,
      chosen: current?.chosen ?? null,
      expectedVersion: current?.version ?? 0,
      actor: input.actor,
      reason: 'profil Puskesmas',
      at: input.at,
    });
  }
  return marks.length > 0;
}

/**
 * Saves the whole document (STALE_VALUE when `expectedVersion` is not the stored version) with one
 * audit entry, under the year's lock when the year is open. Rawat inap is a property of each year: a
 * change re-scores that year only (in the same transaction), never a year already submitted; the
 * unit's own status, which a year opened later starts from, follows the latest year's profile.
 */
export async function saveProfile(
  uow: UnitOfWork,
  clock: Clock,
  input: { unit: PuskesmasUnit; year: number; body: ProfileBody; editor: Editor },
): Promise<ProfileView> {
  const { unit, year, body, editor } = input;
  return uow(async (repos) => {
    const found = await repos.findAssessment(unit.code, year);
    const assessment = found ? await repos.lockAssessment(found.id) : null;
    assertMayChange(editor, { assessment, unit, year });
    const current = (await repos.findPuskesmas(unit.code))?.rawatInap ?? unit.rawatInap;
    const before = assessment?.puskesmas.rawatInap ?? current;
    const saved = await repos.saveProfile({
      orgUnitId: unit.id,
      year,
      data: body.profile,
      rawatInap: { before, after: body.rawatInap },
      assessmentId: assessment?.id ?? null,
      expectedVersion: body.expectedVersion,
      actor: editor.username,
      reason: body.reason ?? null,
      at: clock(),
    });
    const catalog = assessment ? (await repos.loadAssessmentCatalog(assessment.id)).catalog : undefined;
    if (assessment && catalog) {
      const rawatInapMoved = before !== body.rawatInap;
      if (rawatInapMoved) await repos.setAssessmentRawatInap(assessment.id, body.rawatInap);
      const marksMoved = await applyCapabilities(repos, {
        year: yearKeyOf(assessment),
        catalog,
        lacks: body.profile.lacks,
        actor: editor.username,
        at: saved.updatedAt,
      });
      if (rawatInapMoved || marksMoved) {
        // Rows that no longer apply (no beds, no laboratory): the months that lacked only their values
        // are complete from now (rule 20).
        const targets = await repos.listTargetRecords(yearKeyOf(assessment));
        await recordCompletedMonths(repos, {
          ...yearKeyOf(assessment),
          catalog,
          py: puskesmasYearOf(year, body.rawatInap, { targets, monthly: [], rubrics: [] }),
          actor: editor.username,
          at: saved.updatedAt,
          cause: { profile: { rawatInap: body.rawatInap } },
        });
        await refreshAfterChange(repos, yearKeyOf(assessment), 'self', clock);
      }
    }
    const laterYear = (await repos.listAssessmentsOf(unit.id)).some((a) => a.year > year);
    if (!laterYear && current !== body.rawatInap) await repos.setRawatInap(unit.id, body.rawatInap);
    const yearCatalog = catalog ?? (await catalogOfYear(repos, unit, year, null));
    const capabilities = yearCatalog ? catalogCapabilities(yearCatalog) : [];
    return view(unit, year, assessment?.status ?? null, saved, body.rawatInap, capabilities);
  });
}
