// A district-year: the league table with Kelompok and rank, the programme heat map, and who reports
// complete and on time.
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { Loaded } from '../components/Loading.tsx';
import { LeagueTable } from '../components/dashboard/LeagueTable.tsx';
import { PublicationNote } from '../components/dashboard/PublicationNote.tsx';
import { ProgrammeHeatmap } from '../components/dashboard/ProgrammeHeatmap.tsx';
import { TimelinessTable } from '../components/dashboard/TimelinessTable.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { YearMissing } from '../components/YearMissing.tsx';
import { YearSelect } from '../components/YearSelect.tsx';
import { getDistrictDashboard } from '../endpoints/dashboards.ts';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { parseYearParam } from '../lib/route-params.ts';
import { hasYear, rememberYear } from '../lib/years.ts';
import { NotFound } from './NotFound.tsx';

export function DistrictDashboard() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t } = useI18n();
  const resource = useResource((signal) => getDistrictDashboard(code, year ?? 0, signal), `${code}/${year}`);
  // The years the district has, beside the dashboard: a year without a catalog is said plainly.
  const known = useResource((signal) => getDistrictYears(code, signal), code);
  const years = known.data;
  useEffect(() => {
    if (year !== null && years && hasYear(years.years, year)) rememberYear(localStorage, year);
  }, [year, years]);
  // An address with no year shows NotFound, which titles itself.
  usePageTitle(
    year === null ? null : [t('nav.district'), resource.data?.district.name ?? years?.district.name, year],
  );
  if (year === null) return <NotFound />;
  return (
    <section className="page" aria-labelledby="district-title">
      <div className="page-head">
        <h1 id="district-title">
          {t('district.title', { name: resource.data?.district.name ?? years?.district.name ?? code, year })}
        </h1>
        <YearSelect year={year} years={years?.years} />
      </div>
      {years === undefined ? (
        <Loaded resource={known}>{() => null}</Loaded>
      ) : !hasYear(years.years, year) ? (
        <YearMissing year={year} known={years} headingLevel={2} />
      ) : (
        <Loaded resource={resource}>
          {(dash) => {
            const count = (k: string) => dash.league.filter((r) => r.kelompok === k).length;
            // A viewer sees the publication in force, and nothing before it.
            if (dash.source === 'published' && dash.publication === null)
              return <PublicationNote dash={dash} />;
            return (
              <>
                <PublicationNote dash={dash} />
                <p className="muted">
                  {t('district.count', { i: count('I'), ii: count('II'), iii: count('III') })}
                </p>
                <section aria-labelledby="league-title" className="dash-section">
                  <h2 id="league-title">{t('district.league')}</h2>
                  <LeagueTable rows={dash.league} year={year} />
                </section>
                <section aria-labelledby="heat-title" className="dash-section">
                  <h2 id="heat-title">{t('district.heatmap')}</h2>
                  <ProgrammeHeatmap heatmap={dash.heatmap} thresholds={dash.settings.thresholds.service} />
                </section>
                {dash.source === 'working' && (
                  <section aria-labelledby="time-title" className="dash-section">
                    <h2 id="time-title">{t('district.completeness')}</h2>
                    <TimelinessTable timeliness={dash.timeliness} />
                  </section>
                )}
              </>
            );
          }}
        </Loaded>
      )}
    </section>
  );
}
