// Per Puskesmas, per month: complete or not, on time or late; and the totals over the months due.
import type { DistrictDashboard, MonthCompleteness } from '../../../shared/api/dashboard.schema.ts';
import { monthNames, useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatDate, monthIndex } from '../../lib/dates.ts';
import type { Locale } from '../../../shared/messages/index.ts';

function monthCell(m: MonthCompleteness, t: Translate, locale: Locale) {
  const due = t('entry.dueBy', { date: formatDate(m.due, locale) });
  // The date it first became complete decides its timeliness (rule 20): say it.
  const complete =
    m.completedOn === null
      ? t('entry.complete')
      : t('entry.completedOn', { date: formatDate(m.completedOn, locale) });
  if (m.onTime === null && !m.complete)
    return { cls: 'ms-open', symbol: '·', text: `${t('entry.notDue')} (${due})` };
  if (m.onTime === true)
    return { cls: 'ms-ontime', symbol: '✓', text: `${complete}, ${t('entry.onTimeMonth')}` };
  if (m.complete) {
    return m.onTime === null
      ? { cls: 'ms-ontime', symbol: '✓', text: `${complete} (${due})` }
      : { cls: 'ms-late', symbol: '!', text: `${complete}, ${t('entry.lateMonth')}` };
  }
  return {
    cls: 'ms-missing',
    symbol: '✗',
    text: `${t('entry.incomplete', { missing: m.required - m.filled })}, ${t('entry.lateMonth')}`,
  };
}

export function TimelinessTable({ timeliness }: { timeliness: DistrictDashboard['timeliness'] }) {
  const { t, locale } = useI18n();
  const names = monthNames(t);
  const months = timeliness.rows[0]?.months.map((m) => m.month) ?? [];
  return (
    <div className="table-scroll">
      <table className="data-table timeliness">
        <thead>
          <tr>
            <th scope="col">{t('district.puskesmas')}</th>
            {months.map((m) => (
              <th key={m} scope="col" className="month-col">
                {names[monthIndex(m)]}
              </th>
            ))}
            <th scope="col" className="num">
              {t('district.complete')}
            </th>
            <th scope="col" className="num">
              {t('district.onTime')}
            </th>
          </tr>
        </thead>
        <tbody>
          {timeliness.rows.map((row) => (
            <tr key={row.puskesmas.code}>
              <th scope="row" className="name-cell">
                {row.puskesmas.name}
              </th>
              {row.months.map((m) => {
                const cell = monthCell(m, t, locale);
                return (
                  <td
                    key={m.month}
                    className={`month-status ${cell.cls}`}
                    title={cell.text}
                    data-month={m.month}
                  >
                    <span aria-hidden="true">{cell.symbol}</span>
                    <span className="visually-hidden">{cell.text}</span>
                  </td>
                );
              })}
              <td className="num">
                {row.completeMonths}/{row.dueMonths}
              </td>
              <td className="num">
                {row.onTimeMonths}/{row.dueMonths}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="legend">
        <span className="ms-ontime">✓</span> {t('district.legendOnTime')} · <span className="ms-late">!</span>{' '}
        {t('district.legendLate')} · <span className="ms-missing">✗</span> {t('district.legendMissing')} ·{' '}
        <span className="ms-open">·</span> {t('entry.notDue')}
      </p>
    </div>
  );
}
