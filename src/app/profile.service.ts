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
import type { Clock, PlanningReader, ProfileRecord, ResultsReader, UnitOfWork } from './ports.ts';
import { recordCompletedMonths } from './month-completion.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import { iso, type PuskesmasUnit } from './puskesmas-year.ts';
import { refreshAfterChange } from './refresh-result.ts';
import { assertMayChange, type Editor } from './year-write.ts';

export function emptyProfile(): ProfileData {
  return {
    address: '',
    areaKm2: null,
    villages: [],
    targetPopulations: Object.fromEntries(SASARAN_KEYS.map((k) => [k, null])) as TargetPopulations,
    staff: Object.fromEntries(PROFESSIONS.map((k) => [k, 0])) as Staff,
    facilities: [],
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
): ProfileView {
  const profile = readProfile(record?.data);
  return {
    puskesmas: { code: unit.code, name: unit.name, rawatInap },
    year,
    status,
    locked: status === 'final' || status === 'published',
    profile,
    population: profile.villages.reduce((sum, v) => sum + v.population, 0),
    version: record?.version ?? 0,
    updatedBy: record?.updatedBy ?? null,
    updatedAt: iso(record?.updatedAt),
  };
}

export async function getProfile(
  repos: Pick<PlanningReader, 'getProfile'> & Pick<ResultsReader, 'findAssessment'>,
  unit: PuskesmasUnit,
  year: number,
): Promise<ProfileView> {
  const assessment = await repos.findAssessment(unit.code, year);
  const record = await repos.getProfile(unit.id, year);
  const rawatInap = assessment?.puskesmas.rawatInap ?? unit.rawatInap;
  return view(unit, year, assessment?.status ?? null, record, rawatInap);
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
    if (assessment && before !== body.rawatInap) {
      await repos.setAssessmentRawatInap(assessment.id, body.rawatInap);
      // No longer rawat inap: the months that lacked only inpatient values are complete from now (rule 20).
      const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
      const targets = await repos.listTargetRecords(assessment.id);
      await recordCompletedMonths(repos, {
        assessmentId: assessment.id,
        catalog,
        py: puskesmasYearOf(year, body.rawatInap, { targets, monthly: [], rubrics: [] }),
        actor: editor.username,
        at: saved.updatedAt,
        cause: { profile: { rawatInap: body.rawatInap } },
      });
      await refreshAfterChange(repos, assessment.id, 'self', clock);
    }
    const laterYear = (await repos.listAssessmentsOf(unit.id)).some((a) => a.year > year);
    if (!laterYear && current !== body.rawatInap) await repos.setRawatInap(unit.id, body.rawatInap);
    return view(unit, year, assessment?.status ?? null, saved, body.rawatInap);
  });
}
