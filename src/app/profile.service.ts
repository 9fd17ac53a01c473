// The Puskesmas profile (Bab II of the report): read, and saved with the rawat inap status it carries.
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
import { assertWritable, iso, refreshStages, type PuskesmasUnit } from './puskesmas-year.ts';

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
  const populations = ProfileData.shape.targetPopulations.partial().safeParse(stored.targetPopulations);
  if (populations.success) Object.assign(out.targetPopulations, stripUndefined(populations.data));
  const staff = ProfileData.shape.staff.partial().safeParse(stored.staff);
  if (staff.success) Object.assign(out.staff, stripUndefined(staff.data));
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
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
    locked: status === 'locked',
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
  return view(unit, year, assessment?.status ?? null, record, unit.rawatInap);
}

/**
 * Saves the whole document (STALE_VALUE when `expectedVersion` is not the stored version) with one
 * audit entry. A change of rawat inap changes which indicators apply, so every stored result of the
 * Puskesmas that is not locked is refreshed in the same transaction.
 */
export async function saveProfile(
  uow: UnitOfWork,
  clock: Clock,
  input: { unit: PuskesmasUnit; year: number; body: ProfileBody; actor: string },
): Promise<ProfileView> {
  const { unit, year, body, actor } = input;
  return uow(async (repos) => {
    const assessment = (await repos.findAssessment(unit.code, year)) ?? null;
    assertWritable({ assessment, unit, year });
    const before = (await repos.findPuskesmas(unit.code))?.rawatInap ?? unit.rawatInap;
    const saved = await repos.saveProfile({
      orgUnitId: unit.id,
      year,
      data: body.profile,
      rawatInap: { before, after: body.rawatInap },
      assessmentId: assessment?.id ?? null,
      expectedVersion: body.expectedVersion,
      actor,
      reason: body.reason ?? null,
      at: clock(),
    });
    if (before !== body.rawatInap) {
      await repos.setRawatInap(unit.id, body.rawatInap);
      for (const other of await repos.listAssessmentsOf(unit.id)) {
        if (other.status !== 'locked') await refreshStages(repos, other.id, clock);
      }
    }
    return view(unit, year, assessment?.status ?? null, saved, body.rawatInap);
  });
}
