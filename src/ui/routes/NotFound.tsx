// An address that matches no screen.
import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function NotFound() {
  const { t } = useI18n();
  usePageTitle([t('title.notFound')]);
  return (
    <section className="page narrow">
      <h1>{t('app.notFound')}</h1>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}
