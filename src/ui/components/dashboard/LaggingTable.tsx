// The indicators furthest below their pro-rated target, each a link to where its months are entered.
import { Link } from 'react-router';
import type { LaggingIndicator } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatAchieved } from '../../lib/progress-format.ts';
import { formatFixed } from '../../lib/numbers.ts';
import { ColorBadge } from '../CategoryBadge.tsx';

export function LaggingTable({
  rows,
  entryLink,
}: {
  rows: LaggingIndicator[];
  entryLink(code: string): string | null;
}) {
  const { t, locale } = useI18n();
  if (rows.length === 0) return <p>{t('dash.noLagging')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('entry.indicator')}</th>
          <th scope="col">{t('dash.programme')}</th>
          <th scope="col" className="num">
            {t('entry.achievedShort')}
          </th>
          <th scope="col" className="num">
            {t('entry.proRated')}
          </th>
          <th scope="col">{t('entry.score')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const link = entryLink(r.code);
          return (
            <tr key={r.code}>
              <th scope="row" className="name-cell">
                {link ? <Link to={link}>{r.name}</Link> : r.name} <span className="muted">{r.code}</span>
              </th>
              <td>{r.programme.name}</td>
              <td className="num">{formatAchieved(r.achievedToDate, r, t, locale)}</td>
              <td className="num">{formatAchieved(r.proRatedTarget, r, t, locale)}</td>
              <td className="nowrap">
                <span className="score-bar" aria-hidden="true">
                  <span
                    style={{ width: `${Math.max(0, Math.min(100, r.score))}%` }}
                    className={`bar-${r.color ?? 'none'}`}
                  />
                </span>
                <ColorBadge color={r.color}>{formatFixed(r.score, 1, locale)}</ColorBadge>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
