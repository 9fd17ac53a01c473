// The district's league: Kelompok, rank inside it, the three axes with categories, the overall one.
import { Link } from 'react-router';
import type { LeagueRow } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatAxis } from '../../lib/figures.ts';
import { paths } from '../../lib/navigation.ts';
import { CategoryBadge } from '../CategoryBadge.tsx';

export function LeagueTable({ rows, year }: { rows: LeagueRow[]; year: number }) {
  const { t, locale } = useI18n();
  // The working table (Dinkes) says where each year stands; a published one has no status.
  const withStatus = rows.some((r) => r.status !== undefined);
  return (
    <div className="table-scroll">
      <table className="data-table league" data-testid="league">
        <thead>
          <tr>
            <th scope="col">{t('district.kelompok')}</th>
            <th scope="col" className="num">
              {t('district.rank')}
            </th>
            <th scope="col">{t('district.puskesmas')}</th>
            <th scope="col" className="num">
              {t('dash.service')} %
            </th>
            <th scope="col" className="num">
              {t('dash.management')}
            </th>
            <th scope="col" className="num">
              {t('dash.quality')} %
            </th>
            <th scope="col">{t('district.category')}</th>
            {withStatus && <th scope="col">{t('district.status')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.puskesmas.code} className={r.kelompok ? `kelompok-${r.kelompok}` : undefined}>
              <td>{r.kelompok ?? t('app.none')}</td>
              <td className="num">{r.rank ?? t('app.none')}</td>
              <th scope="row" className="name-cell">
                <Link to={paths.dashboard(r.puskesmas.code, year)}>{r.puskesmas.name}</Link>{' '}
                <span className="muted">
                  {r.puskesmas.code}
                  {r.puskesmas.rawatInap ? ` · ${t('district.rawatInap')}` : ''}
                </span>
              </th>
              <td className="num">
                {formatAxis('service', r.service, locale)} <CategoryBadge category={r.categories.service} />
              </td>
              <td className="num">
                {formatAxis('management', r.management, locale)}{' '}
                <CategoryBadge category={r.categories.management} />
              </td>
              <td className="num">
                {formatAxis('quality', r.quality, locale)} <CategoryBadge category={r.categories.quality} />
              </td>
              <td>
                <CategoryBadge category={r.categories.overall} />
              </td>
              {withStatus && (
                <td>
                  {r.status ? t(`workflow.step.${r.status}`) : t('districtStatus.notOpened')}
                  {r.stage === 'self' && <span className="muted"> · {t('district.ownFigures')}</span>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
