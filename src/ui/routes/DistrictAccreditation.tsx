// Accreditation readiness of every Puskesmas of a district-year, for Dinkes: one row per Puskesmas,
// one column per element of 2.7.1, 2.8.3 and 2.8.4, each cell a sign and its words; the last row
// counts the Puskesmas that fulfil each element.
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import type { DistrictReadinessView } from '../../shared/api/accreditation.schema.ts';
import { dateWords } from '../../shared/accreditation-words.ts';
import { statusSign, statusTone } from '../components/accreditation/StatusMark.tsx';
import { Loaded } from '../components/Loading.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { YearSelect } from '../components/YearSelect.tsx';
import { getDistrictReadiness } from '../endpoints/accreditation.ts';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { paths } from '../lib/navigation.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { rememberYear } from '../lib/years.ts';
import { NotFound } from './NotFound.tsx';

export function DistrictAccreditation() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t } = useI18n();
  const resource = useResource((signal) => getDistrictReadiness(code, year ?? 0, signal), `${code}/${year}`);
  const known = useResource((signal) => getDistrictYears(code, signal), code);
  useEffect(() => {
    if (year !== null) rememberYear(localStorage, year);
  }, [year]);
  usePageTitle(year === null ? null : [t('nav.accreditation'), resource.data?.district.name, year]);
  if (year === null) return <NotFound />;
  return (
    <section className="page readiness-page" aria-labelledby="district-readiness-title">
      <div className="page-head">
        <h1 id="district-readiness-title">
          {t('accreditation.districtTitle', { name: resource.data?.district.name ?? code, year })}
        </h1>
        <YearSelect year={year} years={known.data?.years} />
      </div>
      <Loaded resource={resource}>{(view) => <Overview view={view} />}</Loaded>
    </section>
  );
}

function Overview({ view }: { view: DistrictReadinessView }) {
  const { t, locale } = useI18n();
  const fulfilledIn = view.elements.map(
    (_, i) => view.puskesmas.filter((p) => p.elements[i] === 'fulfilled').length,
  );
  return (
    <>
      <p className="hint">{t('accreditation.districtIntro')}</p>
      <p className="readiness-summary">{t('accreditation.asOf', { date: dateWords(view.asOf, locale) })}</p>
      <p className="small muted">{t('accreditation.legend')}</p>
      <div className="table-scroll">
        <table className="data-table compact readiness-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('district.puskesmas')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('accreditation.col.yearStatus')}
              </th>
              <th scope="col" rowSpan={2} className="num">
                {t('accreditation.col.counts')}
              </th>
              {view.criteria.map((c) => (
                <th
                  key={c.code}
                  scope="colgroup"
                  colSpan={view.elements.filter((e) => e.criterion === c.code).length}
                  className="readiness-criterion-head"
                  title={c.text}
                >
                  {c.code}
                </th>
              ))}
            </tr>
            <tr>
              {view.elements.map((e) => (
                <th key={e.code} scope="col" className="readiness-letter" title={e.code}>
                  {e.letter}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.puskesmas.map((p) => (
              <tr key={p.code} data-puskesmas={p.code}>
                <th scope="row">
                  <Link to={paths.accreditation(p.code, view.year)}>{p.name}</Link>
                </th>
                <td>{p.status ? t(`status.${p.status}`) : t('accreditation.notOpened')}</td>
                <td className="num">
                  {p.counts.fulfilled} / {p.counts.partly} / {p.counts.missing}
                </td>
                {p.elements.map((status, i) => {
                  const element = view.elements[i]!;
                  const words = t('accreditation.cell', {
                    element: `${element.criterion} ${element.letter}`,
                    status: t(`accreditation.status.${status}`),
                  });
                  return (
                    <td
                      key={element.code}
                      className="readiness-cell"
                      data-element={element.code}
                      data-status={status}
                      data-tone={statusTone(status)}
                      title={words}
                    >
                      <span aria-hidden="true">{statusSign(status)}</span>
                      <span className="visually-hidden">{words}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('accreditation.fulfilledIn')}
              </th>
              {fulfilledIn.map((n, i) => (
                <td key={view.elements[i]!.code} className="num">
                  {n}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
