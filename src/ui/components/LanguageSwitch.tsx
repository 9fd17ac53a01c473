// Bahasa Indonesia / English; the choice goes to the pkp_lang cookie so the server answers alike.
import type { Locale } from '../../shared/messages/index.ts';
import { useI18n } from '../i18n/i18n.tsx';

const NAMES: Record<Locale, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        value={locale}
        onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'id')}
        aria-label={t('app.language')}
      >
        {(['id', 'en'] as const).map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
