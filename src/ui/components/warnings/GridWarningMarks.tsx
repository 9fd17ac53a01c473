// How a plausibility warning shows on the grid: a cell's warning as words for its description, and
// an indicator's year or sasaran warnings as a sign beside its name.
import type { WarningView } from '../../../shared/api/warnings.schema.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';

/** A cell's warning, as NumberCell takes it. */
export function cellWarning(
  warning: WarningView | undefined,
  t: Translate,
  locale: Locale,
): { text: string; checked: boolean } | null {
  if (!warning) return null;
  return { text: warningWords(warning, t, locale), checked: warning.check !== null };
}

/** "Peringatan: Mei 4.210, …" or "Sudah dicek: …". */
export function warningWords(warning: WarningView, t: Translate, locale: Locale): string {
  const sentence = warning.sentence[locale];
  return warning.check ? t('warnings.cellChecked', { sentence }) : t('warnings.cellOpen', { sentence });
}

/** The sign beside an indicator's name for the warnings about its year or its sasaran. */
export function RowWarnings({ warnings }: { warnings: readonly WarningView[] }) {
  const { t, locale } = useI18n();
  if (warnings.length === 0) return null;
  const open = warnings.some((w) => w.check === null);
  const words = warnings.map((w) => warningWords(w, t, locale)).join(' ');
  return (
    <span className={`row-warning${open ? '' : ' checked'}`} title={words} data-testid="row-warning">
      <span aria-hidden="true">{open ? '⚠' : '✓'}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
