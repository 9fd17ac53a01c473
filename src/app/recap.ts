// The district recap: every Puskesmas's stored result, grouped into Kelompok and ranked inside each.
import type { Stage } from '../domain/assessment/inputs.ts';
import { rankWithinKelompok } from '../domain/scoring/ranking.ts';
import { AppError } from '../shared/errors.ts';
import type { DistrictResultRow, OrgUnitRef, ResultsReader } from './ports.ts';

export interface RecapRow extends DistrictResultRow {
  /** Rank inside the Kelompok; null when not assessable. */
  rank: number | null;
}

export interface DistrictRecap {
  district: OrgUnitRef;
  year: number;
  stage: Stage;
  rows: RecapRow[];
}

export async function districtRecap(
  reader: ResultsReader,
  districtCode: string,
  year: number,
  stage: Stage = 'self',
): Promise<DistrictRecap> {
  const district = await reader.findDistrict(districtCode);
  if (!district) throw new AppError('DISTRICT_NOT_FOUND', { code: districtCode }, { status: 404 });
  const rows = await reader.listDistrictResults(district.id, year, stage);
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
