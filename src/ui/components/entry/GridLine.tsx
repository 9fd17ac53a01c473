// One input line of the grid: the indicator's name (on its first line), one cell per month, and its
// progress (spanning its lines).
import { memo } from 'react';
import type { ProgressView } from '../../../shared/api/entries.schema.ts';
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { parseEntry } from '../../lib/entry-fields.ts';
import { baseValues, type CellState } from '../../lib/entry-state.ts';
import type { LineRow } from '../../lib/grid-rows.ts';
import { fieldText, flagWord, invalidText, lineLabel } from './cell-text.ts';
import { FlagCell } from './FlagCell.tsx';
import { NumberCell } from './NumberCell.tsx';
import { ProgressCells } from './ProgressCells.tsx';
import { useGridWarnings } from '../warnings/grid-warnings.tsx';
import { RowWarnings, cellWarning } from '../warnings/GridWarningMarks.tsx';

export interface GridLineProps {
  row: LineRow;
  /** The months of the columns, 'YYYY-MM'. */
  monthsOf: readonly string[];
  /** One per month, in order (identity-stable while unchanged, so a line re-renders only when it must). */
  cells: readonly CellState[];
  progress: ProgressView | undefined;
  readOnly: boolean;
  onCommit(row: number, col: number, text: string): void;
  onDiscard(row: number, col: number): void;
}

function sameCells(a: readonly CellState[], b: readonly CellState[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

export const GridLine = memo(
  function GridLine({ row, monthsOf, cells, progress, readOnly, onCommit, onDiscard }: GridLineProps) {
    const { t, locale } = useI18n();
    const warnings = useGridWarnings();
    const months = monthNames(t, 'long');
    const { indicator, field } = row;
    const label = lineLabel(indicator, field, t);
    // A row linked to its twin in another table (the catalog's sameAs) is entered there, once.
    const locked = readOnly || !indicator.applicable || Boolean(indicator.sameAs);
    return (
      <tr
        className={`line${row.first ? ' first-line' : ''}${row.lines > 1 && !row.first ? ' second-line' : ''}`}
      >
        <th
          scope="row"
          className="name-cell sticky-col"
          style={{ paddingLeft: `${0.5 + indicator.depth * 0.75}rem` }}
        >
          {row.first ? (
            <span className="indicator-name" title={indicator.reason ?? indicator.name}>
              <span className="muted">{indicator.number}</span> {indicator.name}
            </span>
          ) : null}
          <span className="line-label">
            {label}
            {row.first && indicator.target.printed
              ? ` · ${t('entry.target', { target: indicator.target.printed })}`
              : ''}
            {row.first && indicator.sameAs ? ` · ${t('entry.sameAs', { code: indicator.sameAs })}` : ''}
            {row.first && <RowWarnings warnings={warnings.row(indicator.code)} />}
          </span>
        </th>
        {cells.map((cell, col) => {
          const cellLabel = t('entry.cellLabel', {
            indicator: indicator.name,
            line: label,
            month: months[col] ?? '',
          });
          const reason = cell.invalid[field];
          const problem = reason && reason !== 'required' ? invalidText(reason, t) : (cell.error ?? null);
          const common = {
            row: row.line,
            col,
            cellId: `${indicator.code}|${field}|${monthsOf[col] ?? ''}`,
            label: cellLabel,
            readOnly: locked,
            problem,
            saving: cell.saving !== null,
            conflict: cell.conflict !== null,
            onCommit,
          };
          const warning = cellWarning(warnings.cell(indicator.code, field, monthsOf[col] ?? ''), t, locale);
          if (field === 'flag') {
            const flag = parseEntry(indicator, baseValues(cell), cell.texts, locale).values.flag;
            return (
              <FlagCell
                key={col}
                {...common}
                flag={flag}
                word={flagWord(flag, indicator, t)}
                hint={t('entry.flagHint')}
              />
            );
          }
          return (
            <NumberCell
              key={col}
              {...common}
              text={fieldText(cell, field, locale)}
              waiting={reason === 'required'}
              warning={warning}
              onDiscard={onDiscard}
            />
          );
        })}
        {row.first && (
          <ProgressCells
            progress={progress}
            indicator={indicator}
            rowSpan={row.lines}
            applicable={indicator.applicable}
          />
        )}
      </tr>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.monthsOf === b.monthsOf &&
    a.progress === b.progress &&
    a.readOnly === b.readOnly &&
    a.onCommit === b.onCommit &&
    a.onDiscard === b.onDiscard &&
    sameCells(a.cells, b.cells),
);
