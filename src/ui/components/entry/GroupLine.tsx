// A cluster, programme or variable heading in the grid; its button folds what lies under it.
import { memo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { GroupRow } from '../../lib/grid-rows.ts';

export const GroupLine = memo(function GroupLine(props: {
  row: GroupRow;
  /** Every column of the grid. */
  span: number;
  onToggle(code: string): void;
}) {
  const { t } = useI18n();
  const { node, collapsed, indicators } = props.row;
  return (
    <tr className={`group-row depth-${Math.min(node.depth, 3)}`}>
      <th scope="rowgroup" colSpan={props.span} className="group-cell">
        <span className="group-sticky" style={{ paddingLeft: `${node.depth * 0.75}rem` }}>
          <button
            type="button"
            className="group-toggle"
            data-group={node.code}
            aria-expanded={!collapsed}
            onClick={() => props.onToggle(node.code)}
            title={t(collapsed ? 'entry.expand' : 'entry.collapse', { name: node.name })}
          >
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>{' '}
            <span className="muted">{node.number}</span> {node.name}{' '}
            <span className="muted">({indicators})</span>
          </button>
        </span>
      </th>
    </tr>
  );
});
