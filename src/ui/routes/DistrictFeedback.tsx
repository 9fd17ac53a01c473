// Dinkes' overview of feedback in a district-year: per Puskesmas its status, the letters sent and
// drafted, the date of the latest, and how far the Puskesmas has followed up their points — who still
// waits for feedback, and whose follow-up is behind.
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { dateWords } from '../../shared/calendar-words.ts';
import { Loaded } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { YearSelect } from '../components/YearSelect.tsx';
import { getDistrictFeedback } from '../endpoints/feedback.ts';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { paths } from '../lib/navigation.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { rememberYear } from '../lib/years.ts';
import { NotFound } from './NotFound.tsx';

export function DistrictFeedback() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t, locale } = useI18n();
  const resource = useResource((signal) => getDistrictFeedback(code, year ?? 0, signal), `${code}/${year}`);
  const known = useResource((signal) => getDistrictYears(code, signal), code);
  useEffect(() => {
    if (year !== null) rememberYear(localStorage, year);
  }, [year]);
  usePageTitle(year === null ? null : [t('nav.feedback'), resource.data?.district.name, year]);
  if (year === null) return <NotFound />;
  return (
    <section className="page district-feedback-page" aria-labelledby="district-feedback-title">
      <div className="page-head">
        <h1 id="district-feedback-title">
          {t('feedback.districtTitle', { name: resource.data?.district.name ?? code, year })}
        </h1>
        <YearSelect year={year} years={known.data?.years} />
      </div>
      <p className="hint">{t('feedback.districtIntro')}</p>
      <Loaded resource={resource}>
        {(view) => (
          <div className="table-scroll">
            <table className="data-table compact">
              <caption className="visually-hidden">
                {t('feedback.districtTitle', { name: view.district.name, year })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('district.puskesmas')}</th>
                  <th scope="col">{t('feedback.col.status')}</th>
                  <th scope="col" className="num">
                    {t('feedback.col.sent')}
                  </th>
                  <th scope="col" className="num">
                    {t('feedback.col.drafts')}
                  </th>
                  <th scope="col">{t('feedback.col.last')}</th>
                  <th scope="col" className="num">
                    {t('feedback.col.points')}
                  </th>
                  <th scope="col" className="num">
                    {t('feedback.col.done')}
                  </th>
                  <th scope="col" className="num">
                    {t('feedback.col.underWay')}
                  </th>
                  <th scope="col" className="num">
                    {t('feedback.col.notYet')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.puskesmas.map((p) => (
                  <tr key={p.code} data-puskesmas={p.code}>
                    <th scope="row">
                      <Link to={paths.feedback(p.code, year)}>{p.name}</Link>
                    </th>
                    <td>{p.status ? t(`status.${p.status}`) : t('feedback.notOpenedShort')}</td>
                    <td className="num">{p.sent}</td>
                    <td className="num">{p.drafts}</td>
                    <td>{p.lastSentOn ? dateWords(p.lastSentOn, locale) : '–'}</td>
                    <td className="num">{p.points}</td>
                    <td className="num">{p.done}</td>
                    <td className="num">{p.underWay}</td>
                    <td className="num">{p.points - p.done - p.underWay}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  );
}
