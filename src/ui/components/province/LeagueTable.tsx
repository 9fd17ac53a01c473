// A league of units read from stored results — a province's districts, or the country's provinces —
// one row per unit: its rank, its name as the way down, how many of its Puskesmas were assessed and
// how many of those its districts have published, how many in each Kelompok, and the mean axes; a
// page at a time. The figures are the working results (docs/districts.md): `WorkingResultsNote`
// says so, and how many are published.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProvinceRecapRow } from '../../../shared/api/districts.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatAxis } from '../../lib/figures.ts';
import { Loaded } from '../Loading.tsx';
import { useResource } from '../use-resource.ts';

/**
 * A league's section: its title for the year chosen (the latest of `years` at first), the year
 * picker, and one page of the league loaded for that year; choosing a year goes back to page 1.
 */
export function YearLeague<View>(props: {
  id: string;
  title(year: number): string;
  years: readonly number[];
  /** Names what is loaded, with the year and the page (a new key loads again). */
  unitKey: string;
  load(year: number, page: number, signal: AbortSignal): Promise<View>;
  children(view: View, onPage: (page: number) => void): ReactNode;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [page, setPage] = useState(1);
  const year = chosen ?? props.years.at(-1)!;
  const resource = useResource(
    (signal) => props.load(year, page, signal),
    `${props.unitKey}/${year}/${page}`,
  );
  return (
    <section aria-labelledby={props.id} className="dash-section">
      <h2 id={props.id}>{props.title(year)}</h2>
      <label className="inline-field">
        <span>{t('provinceRecap.year')}</span>{' '}
        <select
          value={year}
          onChange={(e) => {
            setChosen(Number(e.target.value));
            setPage(1);
          }}
        >
          {props.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <Loaded resource={resource}>{(view) => props.children(view, setPage)}</Loaded>
    </section>
  );
}

export interface LeagueTableProps<Row extends ProvinceRecapRow> {
  caption: string;
  /** The header of the name column (Kabupaten/Kota, Provinsi). */
  unitHeader: string;
  rows: readonly Row[];
  /** Where a unit's name leads. */
  linkOf(row: Row): string;
  /** Columns after the name, before the counts (a province's number of districts). */
  extra?: { header: string; cell(row: Row): ReactNode };
  page: number;
  pages: number;
  onPage(page: number): void;
}

export function LeagueTable<Row extends ProvinceRecapRow>(props: LeagueTableProps<Row>) {
  const { t, locale } = useI18n();
  const { extra } = props;
  return (
    <>
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('provinceRecap.rank')}
            </th>
            <th scope="col">{props.unitHeader}</th>
            {extra && (
              <th scope="col" className="num">
                {extra.header}
              </th>
            )}
            <th scope="col" className="num">
              {t('provinceRecap.assessed')}
            </th>
            <th scope="col" className="num">
              {t('provinceRecap.published')}
            </th>
            {(['I', 'II', 'III'] as const).map((kelompok) => (
              <th scope="col" className="num" key={kelompok}>
                {t('provinceRecap.kelompok', { kelompok })}
              </th>
            ))}
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
          {props.rows.map((row) => (
            <tr key={row.code}>
              <td className="num">{row.rank ?? '–'}</td>
              <th scope="row">
                <Link to={props.linkOf(row)}>{row.name}</Link>
              </th>
              {extra && <td className="num">{extra.cell(row)}</td>}
              <td className="num">
                {row.assessed}/{row.puskesmas}
              </td>
              <td className="num">{row.published}</td>
              <td className="num">{row.kelompok.I}</td>
              <td className="num">{row.kelompok.II}</td>
              <td className="num">{row.kelompok.III}</td>
              <td className="num">{formatAxis('service', row.service, locale)}</td>
              <td className="num">{formatAxis('management', row.management, locale)}</td>
              <td className="num">{formatAxis('quality', row.quality, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.pages > 1 && (
        <nav className="pager" aria-label={t('provinceRecap.pages')}>
          <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
            {t('provinceRecap.previous')}
          </button>{' '}
          <span>{t('provinceRecap.page', { page: props.page, pages: props.pages })}</span>{' '}
          <button
            type="button"
            disabled={props.page >= props.pages}
            onClick={() => props.onPage(props.page + 1)}
          >
            {t('provinceRecap.next')}
          </button>
        </nav>
      )}
    </>
  );
}

/**
 * Under a league's totals: its figures are the working results, each Puskesmas-year at the stage its
 * status reached, and how many of them are published. A district's dashboard opens to these readers
 * once its results are published, so the note says why a district listed here may not open yet.
 */
export function WorkingResultsNote(props: { totals: { assessed: number; published: number } }) {
  const { t } = useI18n();
  const { assessed, published } = props.totals;
  if (assessed === 0) return null;
  return (
    <p className="muted">
      {published === assessed
        ? t('provinceRecap.allPublished')
        : t('provinceRecap.working', { published, assessed })}
    </p>
  );
}
