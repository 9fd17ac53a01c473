// Monthly entry, the screen people live in: the year's grid, autosaved cell by cell, with progress,
// month status, conflicts to settle and each cell's history; the months to report ("Laporkan bulan
// ini") and the reason asked before a reported month is corrected.
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { EntriesView } from '../../shared/api/entries.schema.ts';
import { Loaded } from '../components/Loading.tsx';
import { ConflictDialog } from '../components/entry/ConflictDialog.tsx';
import { CorrectionReasonDialog } from '../components/entry/CorrectionReasonDialog.tsx';
import { ReportBar } from '../components/entry/ReportBar.tsx';
import { EntryGrid, type ActiveCell } from '../components/entry/EntryGrid.tsx';
import { HistoryPanel } from '../components/entry/HistoryPanel.tsx';
import { RowDetail } from '../components/entry/RowDetail.tsx';
import { CellStatus } from '../components/entry/CellStatus.tsx';
import { useEntryGrid } from '../components/entry/use-entry-grid.ts';
import { usePasteFlow } from '../components/entry/use-paste-flow.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { WorkbookPanel } from '../components/WorkbookPanel.tsx';
import { ReturnedItemsPanel } from '../components/verification/ReturnedItemsPanel.tsx';
import { useReturnedItems } from '../components/verification/use-returned-items.ts';
import {
  GridWarningsProvider,
  storedSignature,
  useGridWarningsLoader,
} from '../components/warnings/grid-warnings.tsx';
import { useResource } from '../components/use-resource.ts';
import { getEntries } from '../endpoints/entries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { monthIndex } from '../lib/dates.ts';
import { cellKey, cellOf, splitKey } from '../lib/entry-state.ts';
import { gridRows, indicatorMap, programmeCodes, shownIndicators } from '../lib/grid-rows.ts';
import { formatDate } from '../lib/dates.ts';
import { monthLabel } from '../lib/month-words.ts';
import { can, paths, readOnlyNote } from '../lib/navigation.ts';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function EntryScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  const resource = useResource(
    (signal) => getEntries(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  usePageTitle([t('nav.entries'), puskesmas.name, year]);
  return (
    <section className="page entry-page" aria-labelledby="entry-title">
      <h1 id="entry-title" className="visually-hidden">
        {t('entry.title', { year })}
      </h1>
      <Loaded resource={resource}>{(view) => <EntryWorkspace view={view} reload={resource.reload} />}</Loaded>
    </section>
  );
}

function EntryWorkspace({ view, reload }: { view: EntriesView; reload(): void }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const [search, setSearch] = useSearchParams();
  const [reportNote, setReportNote] = useState<string | null>(null);
  const code = view.puskesmas.code;
  // A submitted year is read-only for the Puskesmas, except what Dinkes returned to it (open returns).
  const returns = useReturnedItems(code, view.year);
  const yearNote = readOnlyNote(user.role, 'entries:write', view.status, 'entry.readOnly');
  const reopened = yearNote === 'year.submitted' && returns.reopened.size > 0 ? returns.reopened : undefined;
  const readOnlyWhy = reopened ? 'returned.readOnlyNote' : yearNote;
  const readOnly = readOnlyWhy !== null;
  const grid = useEntryGrid(view, code, view.year, reload);
  const signature = useMemo(() => storedSignature(grid.state), [grid.state]);
  const warnings = useGridWarningsLoader(code, view.year, signature);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);

  const rows = useMemo(() => gridRows(view.tree, collapsed, query), [view.tree, collapsed, query]);
  const indicators = useMemo(() => indicatorMap(view.tree), [view.tree]);
  const wanted = search.get('indicator');
  // A link from a warning names the month too; from the dashboard, the month counted to date.
  const wantedMonth = search.get('month');
  const focusRequest = useMemo(() => {
    const line = rows.find((r) => r.type === 'line' && r.indicator.code === wanted);
    const col = wantedMonth ? view.months.indexOf(wantedMonth) : monthIndex(view.through);
    return line && line.type === 'line' ? { row: line.line, col: Math.max(0, col) } : null;
  }, [wanted, wantedMonth]); // Only on arrival: later changes of the rows must not pull the focus back.

  const toggle = useCallback((groupCode: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(groupCode)) next.delete(groupCode);
      else next.add(groupCode);
      return next;
    });
  }, []);

  const paste = usePasteFlow(view, rows, grid);

  const conflictKey = Object.keys(grid.state).find((k) => grid.state[k]?.conflict);
  const conflict = conflictKey ? grid.state[conflictKey]?.conflict : null;
  const conflictIndicator = conflictKey ? indicators.get(splitKey(conflictKey).indicatorCode) : undefined;
  const activeCell = active ? cellOf(grid.state, cellKey(active.indicator.code, active.month)) : null;

  return (
    <GridWarningsProvider value={warnings}>
      <div className="entry-toolbar">
        <label className="search">
          <span>{t('entry.filter')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('entry.filterPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <span className="search-found" role="status">
          {query.trim() && rows.length > 0 ? t('entry.found', { count: shownIndicators(rows) }) : ''}
        </span>
        <button type="button" className="secondary" onClick={() => setCollapsed(new Set())}>
          {t('entry.expandAll')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setCollapsed(new Set(programmeCodes(view.tree)))}
        >
          {t('entry.collapseAll')}
        </button>
        <button type="button" className="secondary" disabled={!active} onClick={() => setHistoryOpen(true)}>
          {t('entry.historyButton')}
        </button>
        {warnings.open > 0 && (
          <Link className="warnings-link" to={paths.warnings(code, view.year)}>
            {t('warnings.gridLink', { count: warnings.open })}
          </Link>
        )}
      </div>
      <p id="entry-help" className="hint entry-help">
        {readOnlyWhy ? t(readOnlyWhy) : t('entry.help')}
      </p>
      <WorkbookPanel
        code={code}
        year={view.year}
        verified={view.status === 'verified' || view.status === 'final' || view.status === 'published'}
        canUpload={yearNote === null}
        onImported={reload}
      />
      <ReturnedItemsPanel
        code={code}
        year={view.year}
        returns={returns}
        shows={(item) => item.screen === 'entries'}
        onAnswered={reload}
      />
      {!readOnly && (
        <ReportBar
          view={view}
          state={grid.state}
          monthStatus={grid.monthStatus}
          canReport={can(user.role, 'months:report')}
          onReported={(month, recorded) => {
            grid.monthUpdated(month);
            const name = monthLabel(month.month, t);
            const date = formatDate(month.reportedOn, locale);
            setReportNote(
              recorded
                ? t('report.done', {
                    month: name,
                    date,
                    timeliness: t(month.onTime ? 'report.doneOnTime' : 'report.doneLate'),
                  })
                : t('report.already', { month: name, who: month.reportedBy ?? '–', date }),
            );
          }}
          onGoTo={(indicator, month) => setSearch({ indicator: indicator.code, month }, { replace: true })}
        />
      )}
      {reportNote && (
        <p className="notice report-note" role="status">
          {reportNote}
        </p>
      )}
      <RowDetail tree={view.tree} active={active} evidence={{ code, year: view.year }} />
      <CellStatus active={active} cell={activeCell} />
      {active && grid.reasonOf(active.month) && (
        <p className="hint correction-active">
          {t('correction.active', {
            month: monthLabel(active.month, t),
            reason: grid.reasonOf(active.month) ?? '',
          })}
        </p>
      )}
      {paste.note}
      {query && rows.length === 0 && <p className="notice">{t('entry.noMatch', { query })}</p>}
      <div className={`entry-layout${historyOpen && active ? ' with-panel' : ''}`}>
        <div className="grid-scroll" tabIndex={-1}>
          <EntryGrid
            view={view}
            rows={rows}
            grid={grid}
            readOnly={readOnly}
            {...(reopened ? { reopened } : {})}
            onToggle={toggle}
            onActive={setActive}
            onPaste={paste.onPaste}
            onHistory={() => setHistoryOpen(true)}
            focusRequest={focusRequest}
          />
        </div>
        {historyOpen && active && (
          <HistoryPanel
            code={code}
            year={view.year}
            indicator={active.indicator}
            month={active.month}
            version={activeCell?.stored?.version ?? 0}
            onClose={() => setHistoryOpen(false)}
          />
        )}
      </div>
      {conflictKey && conflict && conflictIndicator && (
        <ConflictDialog
          key={conflictKey}
          indicator={conflictIndicator}
          month={splitKey(conflictKey).month}
          conflict={conflict}
          onKeepMine={() => grid.resolve(conflictKey, 'mine')}
          onTakeTheirs={() => grid.resolve(conflictKey, 'theirs')}
        />
      )}
      {paste.preview}
      {grid.correction && (
        <CorrectionReasonDialog
          months={grid.correction.months}
          status={grid.monthStatus}
          changes={grid.correction.changes.length}
          onSave={grid.giveReason}
          onCancel={grid.dropCorrection}
        />
      )}
    </GridWarningsProvider>
  );
}
