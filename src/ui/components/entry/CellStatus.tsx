// The line above the grid: which cell is active (its full indicator name, line and month) and, when
// its value cannot be saved, why — where a tooltip would hide the next cell.
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { monthIndex } from '../../lib/dates.ts';
import type { CellState } from '../../lib/entry-state.ts';
import { invalidText, lineLabel } from './cell-text.ts';
import type { ActiveCell } from './EntryGrid.tsx';

export function CellStatus({ active, cell }: { active: ActiveCell | null; cell: CellState | null }) {
  const { t } = useI18n();
  if (!active) return <p className="cell-status" />;
  const reason = cell?.invalid[active.field];
  const problem = reason && reason !== 'required' ? invalidText(reason, t) : (cell?.error ?? null);
  const waiting = reason === 'required' ? invalidText(reason, t) : null;
  const conflict = cell?.conflict ? t('entry.stale') : null;
  const month = monthNames(t, 'long')[monthIndex(active.month)] ?? active.month;
  return (
    <p className="cell-status" data-testid="cell-status">
      <span className="where" aria-hidden="true">
        {active.indicator.number} {active.indicator.name} · {lineLabel(active.indicator, active.field, t)} ·{' '}
        {month}
      </span>
      <span role="status">
        {problem && <span className="problem"> — ⚠ {problem}</span>}
        {!problem && waiting && <span className="hint-text"> — {waiting}</span>}
        {conflict && <span className="problem"> — {conflict}</span>}
      </span>
    </p>
  );
}
