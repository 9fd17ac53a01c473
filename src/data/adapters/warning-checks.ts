// The plausibility warning ports (src/app/ports.ts: WarningChecksRepository) over the repositories.
import type { WarningChecksRepository } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import {
  listDistrictMonthlyNumbers,
  listDistrictTargets,
  listDistrictWarningChecks,
  listProfilesOf,
  listWarningChecks,
  parseMonthNumbers,
  saveWarningCheck,
  type WarningCheck,
} from '../repositories/warning-checks.repository.ts';

const toRecord = ({ assessmentId: _a, ...row }: WarningCheck) => row;

export function warningCheckRepositories(db: Db): WarningChecksRepository {
  return {
    async listWarningChecks(assessmentId) {
      return (await listWarningChecks(db, assessmentId)).map(toRecord);
    },

    async saveWarningCheck(write) {
      return toRecord(await saveWarningCheck(db, write));
    },

    async loadDistrictWarningInputs(districtId, year, puskesmasIds) {
      // One after another: inside a transaction the queries share one connection.
      const targets = await listDistrictTargets(db, districtId, year);
      const rows = await listDistrictMonthlyNumbers(db, districtId, year, 'self');
      const monthly = rows.flatMap(({ assessmentId, indicatorCode, months }) =>
        parseMonthNumbers(months).map((m) => ({ assessmentId, indicatorCode, ...m, flag: null })),
      );
      const checks = await listDistrictWarningChecks(db, districtId, year);
      const profiles = await listProfilesOf(db, puskesmasIds, year);
      return { targets, monthly, checks, profiles: new Map(profiles.map((p) => [p.orgUnitId, p.data])) };
    },
  };
}
