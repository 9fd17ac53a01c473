// The month-report port (src/app/ports.ts `MonthReportsRepository`) over its repository, for one Db or
// transaction; createRepositories spreads it into `Repositories`.
import type { MonthReportsRepository } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import {
  listDistrictMonthReports,
  listMonthEntryPresence,
  listMonthReports,
  recordMonthCompleted,
  recordMonthReported,
} from '../repositories/month-reports.repository.ts';

export function monthReportRepositories(db: Db): MonthReportsRepository {
  return {
    async listMonthReports(assessmentId) {
      const rows = await listMonthReports(db, assessmentId);
      return rows.map((r) => ({
        month: r.month,
        completedAt: r.completedAt,
        reportedAt: r.reportedAt,
        reportedBy: r.reportedBy,
      }));
    },

    listDistrictMonthReports: (districtId, year) => listDistrictMonthReports(db, districtId, year),

    async listMonthEntryPresence(year, stage, months) {
      const rows = await listMonthEntryPresence(db, { ...year, stage, months });
      return rows.map(({ indicatorCode, month, ...present }) => ({ indicatorCode, month, present }));
    },

    async recordMonthCompleted(write) {
      return (await recordMonthCompleted(db, write)) !== undefined;
    },

    async recordMonthReported(write) {
      const { recorded, report } = await recordMonthReported(db, write);
      return {
        recorded,
        report: {
          month: report.month,
          completedAt: report.completedAt,
          reportedAt: report.reportedAt,
          reportedBy: report.reportedBy,
        },
      };
    },
  };
}
