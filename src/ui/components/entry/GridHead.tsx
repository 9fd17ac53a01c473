// The grid's header: the months, and under each whether it is complete and was reported on time.
import type { MonthCompleteness } from '../../../shared/api/dashboard.schema.ts';
import { monthNames, useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatDate, monthIndex } from '../../lib/dates.ts';
import type { Locale } from '../../../shared/messages/index.ts';

function completeness(m: MonthCompleteness, t: Translate) {
  return m.complete
    ? { cls: 'ok', text: `✓ ${t('entry.complete')}` }
    : { cls: 'missing', text: t('entry.incomplete', { missing: m.required - m.filled }) };
}

/** Reported on time, late, not reported once due, or the due date still ahead (rule 20). */
function timeliness(m: MonthCompleteness, t: Translate, locale: Locale) {
  if (m.onTime === null)
    return {
      cls: 'open',
      text: t('entry.dueBy', { date: formatDate(m.due, locale).replace(/\s\d{4}$/, '') }),
    };
  if (m.reportedOn === null) return { cls: 'late', text: t('entry.notReported') };
  return m.onTime ? { cls: 'ok', text: t('entry.onTimeMonth') } : { cls: 'late', text: t('entry.lateMonth') };
}

/** When and by whom the month was reported: what its timeliness was fixed by (rule 20). */
function reportedTitle(m: MonthCompleteness, t: Translate, locale: Locale): string | undefined {
  if (m.reportedOn === null) return undefined;
  const by = t('entry.reportedOn', { date: formatDate(m.reportedOn, locale), who: m.reportedBy ?? '–' });
  return `${by}. ${t('entry.timelinessFixed')}`;
}

export function GridHead({
  months,
  status,
  through,
  current,
}: {
  months: readonly string[];
  status: readonly MonthCompleteness[];
  through: string;
  /** The column of the month being entered: marked in both header rows (and by its <col>). */
  current: number;
}) {
  const { t, locale } = useI18n();
  const short = monthNames(t);
  const long = monthNames(t, 'long');
  const byMonth = new Map(status.map((s) => [s.month, s]));
  return (
    <thead>
      <tr>
        <th scope="col" className="sticky-col corner">
          {t('entry.indicator')}
        </th>
        {months.map((m, i) => (
          <th
            key={m}
            scope="col"
            className={`month-head${i === current ? ' current-month' : ''}`}
            abbr={long[monthIndex(m)]}
            aria-current={i === current ? 'date' : undefined}
            title={i === current ? t('entry.currentMonth') : undefined}
          >
            {short[monthIndex(m)]}
            {i === current && <span className="visually-hidden">, {t('entry.currentMonth')}</span>}
          </th>
        ))}
        <th scope="col" className="progress-head">
          {t('entry.achieved', { month: short[monthIndex(through)] ?? through })}
        </th>
        <th scope="col" className="progress-head">
          {t('entry.proRated')}
        </th>
        <th scope="col" className="progress-head">
          {t('entry.score')}
        </th>
      </tr>
      <tr className="status-row">
        <th scope="row" className="sticky-col corner">
          {t('entry.monthStatus')}
        </th>
        {months.map((m, i) => {
          const s = byMonth.get(m);
          if (!s) return <td key={m} />;
          const c = completeness(s, t);
          const o = timeliness(s, t, locale);
          return (
            <td
              key={m}
              className={`month-status-cell${i === current ? ' current-month' : ''}`}
              data-testid={`month-status-${m}`}
            >
              <span className={`ms ${c.cls}`}>{c.text}</span>
              <span className={`ms ${o.cls}`} title={reportedTitle(s, t, locale)}>
                {o.text}
              </span>
            </td>
          );
        })}
        <td colSpan={3} />
      </tr>
    </thead>
  );
}
