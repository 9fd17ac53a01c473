// The ministry's screen: the country's provinces for a year as a league table, read from stored
// results a page at a time (38 provinces, 514 districts), each province the way down to its own
// league of districts, and from there to a district's dashboard and a Puskesmas. Read-only.
import { useParams } from 'react-router';
import type { NationalRecapView } from '../../shared/api/districts.schema.ts';
import { Loaded } from '../components/Loading.tsx';
import { LeagueTable, WorkingResultsNote, YearLeague } from '../components/province/LeagueTable.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { getNational, getNationalRecap } from '../endpoints/districts.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { paths } from '../lib/navigation.ts';

export function NationalProvinces() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const resource = useResource((signal) => getNational(code, signal), code);
  const country = resource.data?.country.name ?? code;
  usePageTitle([t('nav.provinces'), country]);
  return (
    <section className="page" aria-labelledby="national-title">
      <h1 id="national-title">{t('national.title', { country })}</h1>
      <Loaded resource={resource}>
        {({ years }) =>
          years.length === 0 ? (
            <p className="muted">{t('national.none')}</p>
          ) : (
            <CountryLeague country={code} years={years} />
          )
        }
      </Loaded>
    </section>
  );
}

function CountryLeague({ country, years }: { country: string; years: readonly number[] }) {
  const { t } = useI18n();
  return (
    <YearLeague
      id="national-recap-title"
      title={(year) => t('national.recapTitle', { year })}
      years={years}
      unitKey={country}
      load={(year, page, signal) => getNationalRecap(country, year, page, signal)}
    >
      {(recap, onPage) => <ProvinceLeague recap={recap} onPage={onPage} />}
    </YearLeague>
  );
}

function ProvinceLeague({ recap, onPage }: { recap: NationalRecapView; onPage(page: number): void }) {
  const { t } = useI18n();
  const { totals } = recap;
  return (
    <>
      <p className="muted">
        {t('national.totals', {
          assessed: totals.assessed,
          puskesmas: totals.puskesmas,
          districts: totals.districts,
          provinces: totals.provinces,
          k1: totals.kelompok.I,
          k2: totals.kelompok.II,
          k3: totals.kelompok.III,
        })}
      </p>
      <WorkingResultsNote totals={totals} />
      <LeagueTable
        caption={t('national.recapTitle', { year: recap.year })}
        unitHeader={t('national.province')}
        rows={recap.provinces}
        linkOf={(p) => paths.provinceDistricts(p.code)}
        extra={{ header: t('nav.districts'), cell: (p) => p.districts }}
        page={recap.page}
        pages={recap.pages}
        onPage={onPage}
      />
    </>
  );
}
