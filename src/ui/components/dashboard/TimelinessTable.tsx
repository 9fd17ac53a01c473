// Per Puskesmas, per month: reported on time, reported late, complete but not reported, or incomplete
// (docs/scoring-decisions.md, rule 20); the totals of each Puskesmas over the months decided, and the
// counts of each month over the district.
import type { DistrictDashboard, MonthCompleteness } from '../../../shared/api/dashboard.schema.ts';
import { reportStanding } from '../../../domain/periods/reporting.ts';
import { monthNames, useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatDate, monthIndex } from '../../lib/dates.ts';
import type { Locale } from '../../../shared/messages/index.ts';

type Timeliness = DistrictDashboard['timeliness'];

function monthCell(m: MonthCompleteness, t: Translate, locale: Locale) {
  const due = t('entry.dueBy', { date: formatDate(m.due, locale) });
  const reported = m.reportedOn === null ? '' : formatDate(m.reportedOn, locale);
  const by = m.reportedBy ? ` (${m.reportedBy})` : '';
  switch (reportStanding(m)) {
    case 'on-time':
      return { cls: 'ms-ontime', symbol: '✓', text: t('district.cellOnTime', { date: reported }) + by };
    case 'late':
      return { cls: 'ms-late', symbol: '!', text: t('district.cellLate', { date: reported }) + by };
    case 'unreported':
      return m.onTime === null
        ? { cls: 'ms-open', symbol: '○', text: `${t('district.cellUnreported')} (${due})` }
        : {
            cls: 'ms-unreported',
            symbol: '○',
            text: `${t('district.cellUnreported')}, ${t('entry.lateMonth')}`,
          };
    case 'incomplete': {
      const text = t('district.cellIncomplete', { missing: m.required - m.filled });
      return m.onTime === null
        ? { cls: 'ms-open', symbol: '·', text: `${t('entry.notDue')} (${due})` }
        : { cls: 'ms-missing', symbol: '✗', text: `${text}, ${t('entry.lateMonth')}` };
    }
  }
}

function MonthCounts({
  counts,
  t,
  name,
}: {
  counts: Timeliness['months'][number];
  t: Translate;
  name: string;
}) {
  const text = t('district.countsTitle', {
    month: name,
    onTime: counts.onTime,
    late: counts.late,
    unreported: counts.unreported,
    incomplete: counts.incomplete,
  });
  const parts = [
    ['ms-ontime', '✓', counts.onTime],
    ['ms-late', '!', counts.late],
    ['ms-unreported', '○', counts.unreported],
    ['ms-missing', '✗', counts.incomplete],
  ] as const;
  return (
    <td className="month-counts" title={text}>
      <span aria-hidden="true">
        {parts
          .filter(([, , n]) => n > 0)
          .map(([cls, symbol, n]) => (
            <span key={cls} className={cls}>
              {symbol}
              {n}
            </span>
          ))}
      </span>
      <span className="visually-hidden">{text}</span>
    </td>
  );
}

export function TimelinessTable({ timeliness }: { timeliness: Timeliness }) {
  const { t, locale } = useI18n();
  const names = monthNames(t);
  const long = monthNames(t, 'long');
  const months = timeliness.rows[0]?.months.map((m) => m.month) ?? [];
  return (
    <div className="table-scroll">
      <table className="data-table timeliness">
        <thead>
          <tr>
            <th scope="col">{t('district.puskesmas')}</th>
            {months.map((m) => (
              <th key={m} scope="col" className="month-col" abbr={long[monthIndex(m)]}>
                {names[monthIndex(m)]}
              </th>
            ))}
            <th scope="col" className="num">
              {t('district.onTime')}
            </th>
            <th scope="col" className="num">
              {t('district.late')}
            </th>
            <th scope="col" className="num">
              {t('district.notReported')}
            </th>
          </tr>
        </thead>
        <tbody>
          {timeliness.rows.map((row) => (
            <tr key={row.puskesmas.code} data-puskesmas={row.puskesmas.code}>
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
                {row.onTimeMonths}/{row.dueMonths}
              </td>
              <td className="num">{row.lateMonths}</td>
              <td className="num">{row.unreportedMonths + row.incompleteMonths}</td>
            </tr>
          ))}
        </tbody>
        {timeliness.months.length > 0 && (
          <tfoot>
            <tr className="month-counts-row">
              <th scope="row">{t('district.monthCounts')}</th>
              {timeliness.months.map((counts) => (
                <MonthCounts
                  key={counts.month}
                  counts={counts}
                  t={t}
                  name={`${long[monthIndex(counts.month)] ?? counts.month} ${counts.month.slice(0, 4)}`}
                />
              ))}
              <td colSpan={3} />
            </tr>
          </tfoot>
        )}
      </table>
      <p className="legend">
        <span className="ms-ontime">✓</span> {t('district.legendOnTime')} · <span className="ms-late">!</span>{' '}
        {t('district.legendLate')} · <span className="ms-unreported">○</span> {t('district.legendUnreported')}{' '}
        · <span className="ms-missing">✗</span> {t('district.legendMissing')} ·{' '}
        <span className="ms-open">·</span> {t('entry.notDue')}
      </p>
    </div>
  );
}
