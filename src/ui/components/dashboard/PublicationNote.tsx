// Which results a district dashboard shows: Dinkes' working results (published or not yet), or — for
// a viewer — the publication in force, or the plain fact that nothing is published yet.
import { Link } from 'react-router';
import type { DistrictDashboard } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/dates.ts';
import { paths } from '../../lib/navigation.ts';

export function PublicationNote({ dash }: { dash: DistrictDashboard }) {
  const { t, locale } = useI18n();
  const date = formatDate(dash.publication?.publishedAt, locale);
  if (dash.source === 'published')
    return (
      <p className="publication-note published" data-testid="publication-note">
        {dash.publication
          ? t('district.publishedOn', { date })
          : t('district.notPublished', { year: dash.year })}
      </p>
    );
  return (
    <p
      className={`publication-note ${dash.publication ? 'published' : 'working'}`}
      data-testid="publication-note"
    >
      {dash.publication ? t('district.workingPublished', { date }) : t('district.working')}{' '}
      <Link to={paths.districtStatus(dash.district.code, dash.year)}>{t('nav.status')}</Link>
    </p>
  );
}
