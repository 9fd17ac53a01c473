// The province's districts for a year as a league table: how many Puskesmas each has assessed, how
// many in each Kelompok, the mean of each axis, and a way down into the district's dashboard. Read
// from stored results, a page at a time (a province has up to 38 districts; the ministry 514).
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProvinceRecapView } from '../../../shared/api/districts.schema.ts';
import { getProvinceRecap } from '../../endpoints/districts.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatAxis } from '../../lib/figures.ts';
import { paths } from '../../lib/navigation.ts';
import { Loaded } from '../Loading.tsx';
import { useResource } from '../use-resource.ts';

/** Nothing until some district has a published catalog: no year has results to show. */
export function ProvinceRecap(props: { province: string; years: readonly number[] }) {
  return props.years.length === 0 ? null : <YearRecap {...props} />;
}

function YearRecap({ province, years }: { province: string; years: readonly number[] }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [page, setPage] = useState(1);
  const year = chosen ?? years.at(-1)!;
  const resource = useResource(
    (signal) => getProvinceRecap(province, year, page, signal),
    `${province}/${year}/${page}`,
  );
  return (
    <section aria-labelledby="province-recap-title" className="dash-section">
      <h2 id="province-recap-title">{t('provinceRecap.title', { year })}</h2>
      <label className="inline-field">
        <span>{t('provinceRecap.year')}</span>{' '}
        <select
          value={year}
          onChange={(e) => {
            setChosen(Number(e.target.value));
            setPage(1);
          }}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <Loaded resource={resource}>{(recap) => <RecapTable recap={recap} onPage={setPage} />}</Loaded>
    </section>
  );
}

function RecapTable({ recap, onPage }: { recap: ProvinceRecapView; onPage(page: number): void }) {
  const { t, locale } = useI18n();
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
      <table className="data-table">
        <caption className="visually-hidden">{t('provinceRecap.title', { year: recap.year })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('provinceRecap.rank')}
            </th>
            <th scope="col">{t('districts.name')}</th>
            <th scope="col" className="num">
              {t('provinceRecap.assessed')}
            </th>
            <th scope="col" className="num">
              {t('provinceRecap.kelompok', { kelompok: 'I' })}
            </th>
            <th scope="col" className="num">
              {t('provinceRecap.kelompok', { kelompok: 'II' })}
            </th>
            <th scope="col" className="num">
              {t('provinceRecap.kelompok', { kelompok: 'III' })}
            </th>
            <th scope="col" className="num">
              {t('dash.service')}
            </th>
            <th scope="col" className="num">
              {t('dash.management')}
            </th>
            <th scope="col" className="num">
              {t('dash.quality')}
            </th>
          </tr>
        </thead>
        <tbody>
          {recap.districts.map((d) => (
            <tr key={d.code}>
              <td className="num">{d.rank ?? '–'}</td>
              <th scope="row">
                <Link to={paths.district(d.code, recap.year)}>{d.name}</Link>
              </th>
              <td className="num">
                {d.assessed}/{d.puskesmas}
              </td>
              <td className="num">{d.kelompok.I}</td>
              <td className="num">{d.kelompok.II}</td>
              <td className="num">{d.kelompok.III}</td>
              <td className="num">{formatAxis('service', d.service, locale)}</td>
              <td className="num">{formatAxis('management', d.management, locale)}</td>
              <td className="num">{formatAxis('quality', d.quality, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {recap.pages > 1 && (
        <nav className="pager" aria-label={t('provinceRecap.pages')}>
          <button type="button" disabled={recap.page <= 1} onClick={() => onPage(recap.page - 1)}>
            {t('provinceRecap.previous')}
          </button>{' '}
          <span>{t('provinceRecap.page', { page: recap.page, pages: recap.pages })}</span>{' '}
          <button type="button" disabled={recap.page >= recap.pages} onClick={() => onPage(recap.page + 1)}>
            {t('provinceRecap.next')}
          </button>
        </nav>
      )}
    </>
  );
}
