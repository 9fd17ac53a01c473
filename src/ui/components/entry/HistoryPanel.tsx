// The history of one indicator-month: who changed it, when, from what to what, and why.
import { getEntryHistory } from '../../endpoints/entries.ts';
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime, monthIndex } from '../../lib/dates.ts';
import type { EntryValues } from '../../lib/entry-fields.ts';
import type { IndicatorNode } from '../../lib/grid-rows.ts';
import { Loaded } from '../Loading.tsx';
import { useResource } from '../use-resource.ts';
import { valuesText } from './values-text.ts';

export function HistoryPanel(props: {
  code: string;
  year: number;
  indicator: IndicatorNode;
  month: string;
  /** Changes when the cell is saved again, so the list reloads. */
  version: number;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const { code, year, indicator, month } = props;
  const history = useResource(
    (signal) => getEntryHistory(code, year, indicator.code, month, signal),
    `${indicator.code}/${month}/${props.version}`,
  );
  const monthName = monthNames(t, 'long')[monthIndex(month)] ?? month;
  return (
    <aside className="history-panel" aria-labelledby="history-title">
      <header className="panel-head">
        <h2 id="history-title">{t('entry.historyOf', { indicator: indicator.name, month: monthName })}</h2>
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('app.close')}
        </button>
      </header>
      <Loaded resource={history}>
        {({ changes, reportedAt }) =>
          changes.length === 0 ? (
            <p>{t('entry.historyEmpty')}</p>
          ) : (
            <ol className="history-list" reversed>
              {[...changes].reverse().map((c, i) => (
                <li key={`${c.at}-${i}`}>
                  <p className="history-when">
                    <strong>{formatDateTime(c.at, locale)}</strong> · {t('entry.by', { who: c.actor })}
                  </p>
                  <p className="history-change">
                    <span className="old">
                      {valuesText(c.old as Partial<EntryValues> | null, indicator, t, locale)}
                    </span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> {t('entry.becomes')} </span>
                    <span className="new">
                      {valuesText(c.new as Partial<EntryValues> | null, indicator, t, locale)}
                    </span>
                  </p>
                  {c.reason && <p className="muted">{t('entry.reason', { reason: c.reason })}</p>}
                  {reportedAt !== null && c.at > reportedAt && (
                    <p className="muted history-correction">
                      {t('entry.correction', { date: formatDate(reportedAt, locale) })}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </Loaded>
    </aside>
  );
}
