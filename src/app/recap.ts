// The district recap: every Puskesmas's stored result, grouped into Kelompok and ranked inside each.
import type { Stage } from '../domain/assessment/inputs.ts';
import { isSubmitted } from '../domain/assessment/status.ts';
import { rankWithinKelompok } from '../domain/scoring/ranking.ts';
import { AppError } from '../shared/errors.ts';
import type { DistrictResultRow, OrgUnitRef, ResultsReader } from './ports.ts';

export interface RecapRow extends DistrictResultRow {
  /** Rank inside the Kelompok; null when not assessable. */
  rank: number | null;
}

/**
 * Which stored result a recap reads of every Puskesmas-year: one stage for all, or `current` — the
 * Puskesmas' own result while the year is a draft, Dinkes' verified result once it is submitted (the
 * district's working league table; docs/scoring-decisions.md, the assessment cycle).
 */
export type RecapStage = Stage | 'current';

export interface DistrictRecap {
  district: OrgUnitRef;
  year: number;
  stage: RecapStage;
  /** Each row says the stage it read (`stage`) and its year's status. */
  rows: RecapRow[];
}

export async function districtRecap(
  reader: ResultsReader,
  districtCode: string,
  year: number,
  stage: RecapStage = 'self',
): Promise<DistrictRecap> {
  const district = await reader.findDistrict(districtCode);
  if (!district) throw new AppError('DISTRICT_NOT_FOUND', { code: districtCode }, { status: 404 });
  const rows =
    stage === 'current'
      ? await currentResults(reader, district.id, year)
      : await reader.listDistrictResults(district.id, year, stage);
  const ranked = rankWithinKelompok(rows.map((row) => ({ ...row, id: row.puskesmas.code })));
  return {
    district,
    year,
    stage,
    rows: ranked.map(({ item, rank }) => {
      const { id: _id, ...row } = item;
      return { ...row, rank };
    }),
  };
}

/**
 * Each Puskesmas-year at the stage its status has reached. A submitted year without a verified result
 * (stored before pkp made one at submission) shows its own; `pkp check` reports the missing one.
 */
async function currentResults(
  reader: ResultsReader,
  districtId: number,
  year: number,
): Promise<DistrictResultRow[]> {
  const own = await reader.listDistrictResults(districtId, year, 'self');
  const verified = new Map(
    (await reader.listDistrictResults(districtId, year, 'verified')).map((r) => [r.assessmentId, r]),
  );
  return own.map((row) => (isSubmitted(row.status) ? (verified.get(row.assessmentId) ?? row) : row));
}
