// Above the grid: the months that have ended and are not reported yet. A complete one offers
// "Laporkan {bulan}" (to the koordinator and the Kepala Puskesmas) once its changes are saved; an
// incomplete one names what is missing and leads to its first empty cell.
import { useMemo, useState } from 'react';
import type { MonthCompleteness } from '../../../shared/api/dashboard.schema.ts';
import type { EntriesView } from '../../../shared/api/entries.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/dates.ts';
import { splitKey, storedValues, type EntryState } from '../../lib/entry-state.ts';
import type { IndicatorNode } from '../../lib/grid-rows.ts';
import { missingInMonth, monthsToReport } from '../../lib/month-reporting.ts';
import { monthLabel } from '../../lib/month-words.ts';
import { inScope } from '../../save-queue/queued-cell.ts';
import { useSaveQueue } from '../../save-queue/use-save-queue.ts';
import { ReportMonthDialog } from './ReportMonthDialog.tsx';

/** How many missing indicators a line names before "and N more". */
const NAMED = 3;

export function ReportBar(props: {
  view: EntriesView;
  state: EntryState;
  monthStatus: readonly MonthCompleteness[];
  /** The signed-in person may report (koordinator, Kepala Puskesmas) and the year is theirs to change. */
  canReport: boolean;
  onReported(month: MonthCompleteness, recorded: boolean): void;
  onGoTo(indicator: IndicatorNode, month: string): void;
}) {
  const { t, locale } = useI18n();
  const { view } = props;
  const code = view.puskesmas.code;
  const queue = useSaveQueue();
  const [asking, setAsking] = useState<MonthCompleteness | null>(null);
  const months = monthsToReport(props.monthStatus, view.today);
  // What the grid holds now (the stored values with this session's saves).
  const values = useMemo(
    () =>
      Object.entries(props.state).flatMap(([key, cell]) =>
        cell.stored ? [{ ...splitKey(key), ...storedValues(cell) }] : [],
      ),
    [props.state],
  );
  if (months.length === 0) return null;
  return (
    <section className="report-bar" aria-label={t('home.section.months')}>
      <ul>
        {months.map((m) => {
          const name = monthLabel(m.month, t);
          const due = formatDate(m.due, locale);
          const dueText =
            view.today > m.due ? t('report.duePassed', { date: due }) : t('report.dueAhead', { date: due });
          const waiting = [...queue.items.values()].filter(
            (c) => inScope(c, code, view.year) && c.month === m.month,
          ).length;
          if (!m.complete) {
            const missing = missingInMonth(view.tree, values, m.month);
            const named = missing.slice(0, NAMED).map((i) => i.name);
            if (missing.length > NAMED) named.push(t('report.more', { count: missing.length - NAMED }));
            const first = missing[0];
            return (
              <li key={m.month} className="report-line incomplete" data-month={m.month}>
                <span>
                  {t('report.incomplete', {
                    month: name,
                    count: m.required - m.filled,
                    names: named.join('; '),
                  })}{' '}
                  <span className="muted">{dueText}</span>
                </span>
                {first && (
                  <button type="button" className="secondary" onClick={() => props.onGoTo(first, m.month)}>
                    {t('report.toFirstMissing')}
                  </button>
                )}
              </li>
            );
          }
          return (
            <li key={m.month} className="report-line ready" data-month={m.month}>
              <span>
                {t('report.ready', { month: name })} <span className="muted">{dueText}</span>
                {waiting > 0 && (
                  <span className="muted"> {t('report.waitingSaves', { count: waiting, month: name })}</span>
                )}
                {!props.canReport && <span className="muted"> {t('report.byOthers')}</span>}
              </span>
              {props.canReport && (
                <button type="button" disabled={waiting > 0} onClick={() => setAsking(m)}>
                  {t('report.button', { month: name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {asking && (
        <ReportMonthDialog
          code={code}
          year={view.year}
          month={asking}
          today={view.today}
          onReported={(month, recorded) => {
            setAsking(null);
            props.onReported(month, recorded);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
