// The line above the grid: when the active cell's value cannot be saved, why — where a tooltip would
// hide the next cell. Which cell it is (the whole name, line and month) the row detail panel says.
import { useI18n } from '../../i18n/i18n.tsx';
import type { CellState } from '../../lib/entry-state.ts';
import { invalidText } from './cell-text.ts';
import type { ActiveCell } from './EntryGrid.tsx';
import { useGridWarnings } from '../warnings/grid-warnings.tsx';
import { warningWords } from '../warnings/GridWarningMarks.tsx';

export function CellStatus({ active, cell }: { active: ActiveCell | null; cell: CellState | null }) {
  const { t, locale } = useI18n();
  const warnings = useGridWarnings();
  if (!active) return <p className="cell-status" />;
  const reason = cell?.invalid[active.field];
  const problem = reason && reason !== 'required' ? invalidText(reason, t) : (cell?.error ?? null);
  const waiting = reason === 'required' ? invalidText(reason, t) : null;
  const conflict = cell?.conflict ? t('entry.stale') : null;
  // The plausibility warnings of the active cell and of its indicator's year: said here, where the
  // officer looks when a cell is marked.
  const warningList = [
    warnings.cell(active.indicator.code, active.field, active.month),
    ...warnings.row(active.indicator.code),
  ].filter((w) => w !== undefined);
  return (
    <p className="cell-status" data-testid="cell-status">
      <span role="status">
        {problem && <span className="problem">⚠ {problem}</span>}
        {!problem && waiting && <span className="hint-text">{waiting}</span>}
        {conflict && <span className="problem"> {conflict}</span>}
        {warningList.map((w) => (
          <span key={w.key} className={`warning-text${w.check ? ' checked' : ''}`}>
            {' '}
            {w.check ? '✓' : '⚠'} {warningWords(w, t, locale)}
          </span>
        ))}
      </span>
    </p>
  );
}
