// The catalog as the decree's annex lays it out: one fold per table (cluster), its groups as heading
// lines and its rows under them, each row editable in place (CatalogRowEditor). A search narrows the
// rows shown to those whose code, number or name holds the words; the tree is edited as a whole
// document and saved as one (the server checks it again, all or nothing).
import { useCallback, useMemo, useState } from 'react';
import type {
  CatalogDocument,
  CatalogGroupDocument,
  CatalogIndicatorDocument,
} from '../../../shared/schemas/catalog-document.schema.ts';
import { DECREE_GROUPING_ID } from '../../../domain/catalog/groupings.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { addRow, moveNode, removeNode, rowsOf, updateNode, type CatalogRow } from '../../lib/catalog-edit.ts';
import { CatalogRowEditor } from './CatalogRowEditor.tsx';

type Cluster = CatalogDocument['clusters'][number];
type Node = CatalogGroupDocument | CatalogIndicatorDocument;

type Line =
  | { type: 'group'; node: CatalogGroupDocument; depth: number; first: boolean; last: boolean }
  | { type: 'row'; node: CatalogRow; depth: number; first: boolean; last: boolean };

function linesOf(parent: Cluster | CatalogGroupDocument, depth: number, shows: (r: CatalogRow) => boolean) {
  const lines: Line[] = [];
  parent.children.forEach((node: Node, i) => {
    const place = { depth, first: i === 0, last: i === parent.children.length - 1 };
    if (node.type === 'indicator') {
      if (shows(node)) lines.push({ type: 'row', node, ...place });
      return;
    }
    const inner = linesOf(node, depth + 1, shows);
    if (inner.length > 0 || shows === everything) lines.push({ type: 'group', node, ...place }, ...inner);
  });
  return lines;
}

const everything = () => true;

export function CatalogEditor(props: {
  document: CatalogDocument;
  readOnly: boolean;
  onChange(next: (doc: CatalogDocument) => CatalogDocument): void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [openRows, setOpenRows] = useState<ReadonlySet<string>>(new Set());
  const { onChange } = props;

  const key = query.trim().toLowerCase();
  // Keyed by the words typed: a new function each render would redraw every row.
  const shows = useMemo(() => {
    const words = key.split(/\s+/).filter(Boolean);
    if (words.length === 0) return everything;
    return (r: CatalogRow) => {
      const text = `${r.code} ${r.number} ${r.name}`.toLowerCase();
      return words.every((w) => text.includes(w));
    };
  }, [key]);
  const searching = shows !== everything;

  const change = useCallback(
    (code: string, patch: Partial<CatalogRow>) => onChange((doc) => updateNode(doc, code, patch)),
    [onChange],
  );
  const move = useCallback(
    (code: string, by: -1 | 1) => onChange((doc) => moveNode(doc, code, by)),
    [onChange],
  );
  const remove = useCallback((code: string) => onChange((doc) => removeNode(doc, code)), [onChange]);
  const toggle = useCallback(
    (code: string) =>
      setOpenRows((open) => {
        const next = new Set(open);
        if (!next.delete(code)) next.add(code);
        return next;
      }),
    [],
  );
  const add = (parentCode: string) => {
    // The code is chosen on the document shown, so that the new row opens at once.
    const { code } = addRow(props.document, parentCode);
    onChange((doc) => addRow(doc, parentCode, code).doc);
    setOpenRows((open) => new Set(open).add(code));
  };

  const total = rowsOf(props.document).length;
  return (
    <div className="catalog-editor">
      <div className="entry-toolbar">
        <label className="search">
          <span>{t('catalog.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('catalog.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <span className="muted">{t('catalog.rowCount', { count: total })}</span>
        {(props.document.groupings?.length ?? 0) > 0 && (
          <label>
            <span>{t('catalog.averagesBy')}</span>{' '}
            <select
              value={props.document.averagesBy ?? DECREE_GROUPING_ID}
              disabled={props.readOnly}
              onChange={(e) => {
                const id = e.target.value;
                onChange(({ averagesBy: _was, ...doc }) =>
                  id === DECREE_GROUPING_ID ? doc : { ...doc, averagesBy: id },
                );
              }}
            >
              <option value={DECREE_GROUPING_ID}>{t('catalog.averagesByTables')}</option>
              {props.document.groupings!.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {props.document.clusters.map((cluster) => {
        const lines = linesOf(cluster, 0, shows);
        if (searching && lines.length === 0) return null;
        return (
          <details key={cluster.code} className="catalog-cluster" open={searching || undefined}>
            <summary>
              {t('catalog.table', { table: cluster.table, name: cluster.name })}{' '}
              <span className="muted">
                {t('catalog.rowCount', { count: lines.filter((l) => l.type === 'row').length })}
              </span>
            </summary>
            <table className="catalog-table">
              <thead>
                <tr>
                  <th scope="col">{t('catalog.col.number')}</th>
                  <th scope="col">{t('catalog.col.name')}</th>
                  <th scope="col">{t('catalog.col.unit')}</th>
                  <th scope="col">{t('catalog.col.printed')}</th>
                  <th scope="col">{t('catalog.col.value')}</th>
                  <th scope="col">{t('catalog.col.comparator')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('catalog.col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) =>
                  line.type === 'row' ? (
                    <CatalogRowEditor
                      key={line.node.code}
                      row={line.node}
                      depth={line.depth}
                      readOnly={props.readOnly}
                      open={openRows.has(line.node.code)}
                      first={line.first}
                      last={line.last}
                      onChange={change}
                      onMove={move}
                      onRemove={remove}
                      onToggle={toggle}
                    />
                  ) : (
                    <GroupLine
                      key={line.node.code}
                      group={line.node}
                      depth={line.depth}
                      readOnly={props.readOnly}
                      onAdd={add}
                    />
                  ),
                )}
                {!props.readOnly && !searching && (
                  <tr>
                    <td colSpan={7}>
                      <button type="button" className="secondary" onClick={() => add(cluster.code)}>
                        {t('catalog.addRow', { group: cluster.name })}
                      </button>
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </details>
        );
      })}
    </div>
  );
}

function GroupLine(props: {
  group: CatalogGroupDocument;
  depth: number;
  readOnly: boolean;
  onAdd(code: string): void;
}) {
  const { t } = useI18n();
  const { group } = props;
  return (
    <tr className="catalog-group" data-code={group.code}>
      <td>{group.number}</td>
      {/* What the decree prints on the heading itself (F1 7, A5 6): its rows keep their own targets. */}
      <td colSpan={group.printed ? 1 : 5} style={{ paddingLeft: `${0.4 + props.depth * 0.9}rem` }}>
        <strong>{group.name}</strong> <span className="catalog-code">{group.code}</span>
      </td>
      {group.printed && (
        <>
          <td>{group.printed.unit}</td>
          <td colSpan={3}>{group.printed.target}</td>
        </>
      )}
      <td className="catalog-actions">
        {!props.readOnly && (
          <button
            type="button"
            className="link-button"
            aria-label={t('catalog.addRow', { group: group.name })}
            onClick={() => props.onAdd(group.code)}
          >
            {t('catalog.add')}
          </button>
        )}
      </td>
    </tr>
  );
}
