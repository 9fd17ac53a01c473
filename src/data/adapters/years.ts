// The years port (src/app/ports.ts `YearsReader`) over the catalog and assessment repositories, for one
// Db or transaction; createRepositories spreads it into `Repositories`.
import type { YearsReader } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import { listAssessmentsOfDistrict } from '../repositories/assessments.repository.ts';
import { listCatalogYears } from '../repositories/catalogs.repository.ts';

export function yearsRepositories(db: Db): YearsReader {
  return {
    async listCatalogYears(districtId) {
      const rows = await listCatalogYears(db, districtId);
      return rows.map(({ year, status, publishedAt }) => ({ year, status, publishedAt }));
    },

    async listDistrictYearAssessments(districtId) {
      const rows = await listAssessmentsOfDistrict(db, districtId);
      return rows.map(({ year, status, code, name }) => ({ year, status, puskesmas: { code, name } }));
    },
  };
}
