// An address that matches no screen.
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="page narrow">
      <h1>{t('app.notFound')}</h1>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}
