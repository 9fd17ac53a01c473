// Puskesmas × programme: every programme score of the district in one table, weak spots at a glance.
// Each cell says its score in figures and its category by colour *and* pattern (plain, dotted,
// hatched), so no one needs to tell red from green; the table is one tab stop, the arrow keys move
// between cells, and the cell in focus (or under the pointer) shows its Puskesmas, programme and score
// in a tooltip — the same words a screen reader reads as the cell's name.
import { useRef, useState, type KeyboardEvent } from 'react';
import { categorize } from '../../../domain/scoring/classify.ts';
import type { DistrictDashboard } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatFixed } from '../../lib/numbers.ts';
import { shortName } from '../../lib/programme-names.ts';

type Heatmap = DistrictDashboard['heatmap'];

interface Cell {
  x: number;
  y: number;
}

/** A cell whose tooltip shows, and where: px from the figure's top left, centred on the cell. */
interface Shown extends Cell {
  left: number;
  top: number;
}

/** Half the tooltip's width (CSS .heat-tooltip), to keep it inside the figure at the edges. */
const TOOLTIP_HALF_WIDTH = 120;

/** Where an arrow (or Home, End) takes the focus from `at`, kept inside the table. */
function step(at: Cell, key: string, size: { columns: number; rows: number }): Cell | null {
  const clamp = (v: number, n: number) => Math.min(Math.max(v, 0), n - 1);
  switch (key) {
    case 'ArrowRight':
      return { ...at, x: clamp(at.x + 1, size.columns) };
    case 'ArrowLeft':
      return { ...at, x: clamp(at.x - 1, size.columns) };
    case 'ArrowDown':
      return { ...at, y: clamp(at.y + 1, size.rows) };
    case 'ArrowUp':
      return { ...at, y: clamp(at.y - 1, size.rows) };
    case 'Home':
      return { ...at, x: 0 };
    case 'End':
      return { ...at, x: size.columns - 1 };
    default:
      return null;
  }
}

export function ProgrammeHeatmap({
  heatmap,
  thresholds,
}: {
  heatmap: Heatmap;
  /** The district's service thresholds of the year: [Baik from, Cukup from]. */
  thresholds: readonly [number, number];
}) {
  const { t, locale } = useI18n();
  const { columns, rows } = heatmap;
  const figure = useRef<HTMLElement>(null);
  const table = useRef<HTMLTableElement>(null);
  // The one cell in the tab order, and the one whose tooltip shows (focus or pointer); Escape hides it.
  const [active, setActive] = useState<Cell>({ x: 0, y: 0 });
  const [shown, setShown] = useState<Shown | null>(null);

  // The tooltip lives outside the scrolling table (which would clip it), placed under the cell.
  const show = (cell: Cell, el: HTMLElement) => {
    const box = figure.current?.getBoundingClientRect();
    if (!box) return;
    const r = el.getBoundingClientRect();
    const centre = r.left - box.left + r.width / 2;
    const left = Math.min(Math.max(centre, TOOLTIP_HALF_WIDTH), box.width - TOOLTIP_HALF_WIDTH);
    setShown({ ...cell, left, top: r.bottom - box.top + 4 });
  };

  const describe = ({ x, y }: Cell) => {
    const column = columns[x];
    const score = rows[y]?.scores[x] ?? null;
    const category = categorize(score, thresholds);
    return {
      puskesmas: rows[y]?.puskesmas.name ?? '',
      programme: column ? `${shortName(column)} ${column.name}` : '',
      score: score === null ? t('district.heatNotScored') : formatFixed(score, 1, locale),
      category,
    };
  };
  const label = (cell: Cell) => {
    const d = describe(cell);
    return `${d.puskesmas}, ${d.programme}: ${d.score}${d.category ? ` (${t(`category.${d.category}`)})` : ''}`;
  };

  const focusCell = (cell: Cell) => {
    setActive(cell);
    table.current?.querySelector<HTMLElement>(`[data-cell="${cell.x}:${cell.y}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.key === 'Escape') {
      setShown(null);
      return;
    }
    const next = step(active, e.key, { columns: columns.length, rows: rows.length });
    if (!next) return;
    e.preventDefault();
    focusCell(next);
  };

  const tip = shown && describe(shown);
  const [baik, cukup] = thresholds.map((v) => formatFixed(v, 0, locale));

  return (
    <figure className="chart-figure heatmap" data-testid="heatmap" ref={figure}>
      <figcaption className="muted" id="heatmap-hint">
        {t('district.heatmapKeys')}
      </figcaption>
      <div className="heatmap-scroll" onScroll={() => setShown(null)}>
        <table
          ref={table}
          className="heatmap-table"
          role="grid"
          aria-label={t('district.heatmap')}
          aria-describedby="heatmap-hint"
          onKeyDown={onKeyDown}
          onMouseLeave={() => setShown(null)}
        >
          <thead>
            <tr>
              <th scope="col" className="heat-corner">
                {t('district.puskesmas')}
              </th>
              {columns.map((c) => (
                <th key={c.code} scope="col" className="heat-col" title={c.name}>
                  <span className="heat-col-label">{shortName(c)}</span>
                  <span className="visually-hidden"> {c.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, y) => (
              <tr key={row.puskesmas.code}>
                <th scope="row" className="heat-row">
                  {row.puskesmas.name.replace(/^Puskesmas\s+/, '')}
                </th>
                {row.scores.map((score, x) => {
                  const category = categorize(score, thresholds);
                  const isActive = active.x === x && active.y === y;
                  return (
                    <td
                      key={columns[x]?.code ?? x}
                      role="gridcell"
                      data-cell={`${x}:${y}`}
                      className={`heat-cell heat-${category ?? 'none'}`}
                      tabIndex={isActive ? 0 : -1}
                      aria-label={label({ x, y })}
                      onFocus={(e) => {
                        setActive({ x, y });
                        show({ x, y }, e.currentTarget);
                      }}
                      onBlur={() => setShown(null)}
                      onMouseEnter={(e) => show({ x, y }, e.currentTarget)}
                    >
                      {score === null ? '–' : formatFixed(score, 1, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown && tip && (
        // Visual only: the cell's own name says the same to a screen reader.
        <div
          className="heat-tooltip"
          role="tooltip"
          aria-hidden="true"
          data-testid="heatmap-tooltip"
          style={{ left: shown.left, top: shown.top }}
        >
          <strong>{tip.puskesmas}</strong>
          <span>{tip.programme}</span>
          <span>
            {tip.score}
            {tip.category ? ` · ${t(`category.${tip.category}`)}` : ''}
          </span>
        </div>
      )}
      <ul className="heat-legend" aria-label={t('district.heatLegend')}>
        <li>
          <span className="heat-swatch heat-Baik" aria-hidden="true" />≥ {baik} {t('category.Baik')}
        </li>
        <li>
          <span className="heat-swatch heat-Cukup" aria-hidden="true" />
          {cukup}–{baik} {t('category.Cukup')}
        </li>
        <li>
          <span className="heat-swatch heat-Kurang" aria-hidden="true" />
          &lt; {cukup} {t('category.Kurang')}
        </li>
        <li>
          <span className="heat-swatch heat-none" aria-hidden="true" />– {t('district.heatNotScored')}
        </li>
      </ul>
    </figure>
  );
}
