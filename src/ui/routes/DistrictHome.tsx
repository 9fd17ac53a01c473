// A Dinkes account's home: what waits for them in the district-year on screen — the verifier's queue,
// the admin's submissions, finalisations and publication.
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { WaitingList } from '../components/waiting/WaitingList.tsx';
import { YearSelect } from '../components/YearSelect.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { parseYearParam } from '../lib/route-params.ts';
import { rememberYear } from '../lib/years.ts';
import { useUser } from '../session/session.tsx';
import { NotFound } from './NotFound.tsx';

export function DistrictHome() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t } = useI18n();
  const user = useUser();
  useEffect(() => {
    if (year !== null) rememberYear(localStorage, year);
  }, [year]);
  usePageTitle(year === null ? null : [t('nav.home'), user.orgUnit.name, year]);
  if (year === null) return <NotFound />;
  return (
    <section className="page home-page" aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title">{t('home.title', { year })}</h1>
        <YearSelect year={year} />
      </div>
      <WaitingList year={year} district={code} />
    </section>
  );
}
