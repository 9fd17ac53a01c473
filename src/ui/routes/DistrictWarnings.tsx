// The plausibility warnings of every Puskesmas of a district-year, for Dinkes: how many are open and
// checked per Puskesmas, and each Puskesmas' warnings, which Dinkes may mark checked until the year
// is locked.
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DistrictWarningsView } from '../../shared/api/warnings.schema.ts';
import { Loaded } from '../components/Loading.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import {
  WarningFilterChoice,
  WarningList,
  shownWarnings,
  type WarningFilter,
} from '../components/warnings/WarningList.tsx';
import { YearSelect } from '../components/YearSelect.tsx';
import { getDistrictWarnings } from '../endpoints/warnings.ts';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { paths, readOnlyNote } from '../lib/navigation.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { rememberYear } from '../lib/years.ts';
import { useUser } from '../session/session.tsx';
import { NotFound } from './NotFound.tsx';

type PuskesmasWarnings = DistrictWarningsView['puskesmas'][number];

export function DistrictWarnings() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t } = useI18n();
  const resource = useResource((signal) => getDistrictWarnings(code, year ?? 0, signal), `${code}/${year}`);
  const known = useResource((signal) => getDistrictYears(code, signal), code);
  const [filter, setFilter] = useState<WarningFilter>('open');
  const [notice, setNotice] = useState<string | null>(null);
  const { reload } = resource;
  const onChanged = useCallback(
    (words: string | null) => {
      setNotice(words);
      reload();
    },
    [reload],
  );
  useEffect(() => {
    if (year !== null) rememberYear(localStorage, year);
  }, [year]);
  // An address with no year shows NotFound, which titles itself.
  usePageTitle(year === null ? null : [t('nav.warnings'), resource.data?.district.name, year]);
  if (year === null) return <NotFound />;
  return (
    <section className="page warnings-page" aria-labelledby="district-warnings-title">
      <div className="page-head">
        <h1 id="district-warnings-title">
          {t('warnings.districtTitle', { name: resource.data?.district.name ?? code, year })}
        </h1>
        <YearSelect year={year} years={known.data?.years} />
      </div>
      <Loaded resource={resource}>
        {(view) => {
          const withOpen = view.puskesmas.filter((p) => p.open > 0).length;
          // The table lists the Puskesmas that have warnings; the others are counted in words.
          const listed = view.puskesmas.filter((p) => p.warnings.length > 0);
          return (
            <>
              <p className="hint warnings-intro">{t('warnings.intro')}</p>
              <p className="warnings-summary" role="status">
                {t('warnings.puskesmasCount', {
                  count: withOpen,
                  none: view.puskesmas.length - listed.length,
                })}
              </p>
              <div className="table-scroll">
                <table className="data-table compact warnings-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('district.puskesmas')}</th>
                      <th scope="col">{t('warnings.status')}</th>
                      <th scope="col" className="num">
                        {t('warnings.openCount')}
                      </th>
                      <th scope="col" className="num">
                        {t('warnings.checkedCount')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {listed.map((p) => (
                      <tr key={p.code} data-puskesmas={p.code}>
                        <th scope="row">
                          <a href={`#warnings-${p.code}`}>{p.name}</a>
                        </th>
                        <td>{p.status ? t(`status.${p.status}`) : '–'}</td>
                        <td className="num">{p.open}</td>
                        <td className="num">{p.checked}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="warnings-toolbar">
                <WarningFilterChoice value={filter} onChange={setFilter} />
              </div>
              {notice && (
                <p className="notice" role="status">
                  {notice}
                </p>
              )}
              {view.puskesmas
                .filter((p) => shownWarnings(p.warnings, filter).length > 0)
                .map((p) => (
                  <PuskesmasSection
                    key={p.code}
                    puskesmas={p}
                    year={year}
                    filter={filter}
                    onChanged={onChanged}
                  />
                ))}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function PuskesmasSection(props: {
  puskesmas: PuskesmasWarnings;
  year: number;
  filter: WarningFilter;
  onChanged(notice: string | null): void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const { puskesmas: p, year } = props;
  const why = readOnlyNote(user.role, 'warnings:check', p.status, 'warnings.readOnly');
  return (
    <section className="dash-section warnings-of" id={`warnings-${p.code}`} aria-labelledby={`wt-${p.code}`}>
      <h2 id={`wt-${p.code}`}>
        {p.name}{' '}
        <span className="muted small">{t('warnings.summary', { open: p.open, checked: p.checked })}</span>
      </h2>
      <p className="small">
        <Link to={paths.warnings(p.code, year)}>{t('warnings.seeAll', { name: p.name })}</Link>
      </p>
      {why && <p className="hint">{t(why)}</p>}
      <WarningList
        warnings={p.warnings}
        filter={props.filter}
        puskesmasCode={p.code}
        year={year}
        mayCheck={why === null}
        headingLevel={3}
        onChanged={props.onChanged}
      />
    </section>
  );
}
