// The province's districts for a year as a league table: how many Puskesmas each has assessed, how
// many in each Kelompok, the mean of each axis, and a way down into the district's dashboard. Read
// from stored results, a page at a time (a province has up to 38 districts).
import type { ProvinceRecapView } from '../../../shared/api/districts.schema.ts';
import { getProvinceRecap } from '../../endpoints/districts.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { paths } from '../../lib/navigation.ts';
import { LeagueTable, WorkingResultsNote, YearLeague } from './LeagueTable.tsx';

/** Nothing until some district has a published catalog: no year has results to show. */
export function ProvinceRecap(props: { province: string; years: readonly number[] }) {
  return props.years.length === 0 ? null : <YearRecap {...props} />;
}

function YearRecap({ province, years }: { province: string; years: readonly number[] }) {
  const { t } = useI18n();
  return (
    <YearLeague
      id="province-recap-title"
      title={(year) => t('provinceRecap.title', { year })}
      years={years}
      unitKey={province}
      load={(year, page, signal) => getProvinceRecap(province, year, page, signal)}
    >
      {(recap, onPage) => <RecapTable recap={recap} onPage={onPage} />}
    </YearLeague>
  );
}

function RecapTable({ recap, onPage }: { recap: ProvinceRecapView; onPage(page: number): void }) {
  const { t } = useI18n();
  const { totals } = recap;
  return (
    <>
      <p className="muted">
        {t('provinceRecap.totals', {
          assessed: totals.assessed,
          puskesmas: totals.puskesmas,
          districts: totals.districts,
          k1: totals.kelompok.I,
          k2: totals.kelompok.II,
          k3: totals.kelompok.III,
        })}
      </p>
      <WorkingResultsNote totals={totals} />
      <LeagueTable
        caption={t('provinceRecap.title', { year: recap.year })}
        unitHeader={t('districts.name')}
        rows={recap.districts}
        linkOf={(d) => paths.district(d.code, recap.year)}
        page={recap.page}
        pages={recap.pages}
        onPage={onPage}
      />
    </>
  );
}
