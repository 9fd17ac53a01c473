// A category or a progress colour, always with its word: colour is never the only signal.
import type { Category } from '../../domain/scoring/classify.ts';
import { useI18n } from '../i18n/i18n.tsx';

export type ProgressColorName = 'merah' | 'kuning' | 'hijau';

const COLOR_OF: Record<Category, ProgressColorName> = { Baik: 'hijau', Cukup: 'kuning', Kurang: 'merah' };

export function CategoryBadge({ category }: { category: Category | null }) {
  const { t } = useI18n();
  if (category === null) return <span className="badge badge-none">{t('category.none')}</span>;
  return <span className={`badge badge-${COLOR_OF[category]}`}>{t(`category.${category}`)}</span>;
}

/** The colour of an indicator's score to date, with its word (hijau = tercapai…). */
export function ColorBadge({
  color,
  children,
}: {
  color: ProgressColorName | null;
  children?: React.ReactNode;
}) {
  const { t } = useI18n();
  const word = color === null ? t('color.none') : t(`color.${color}`);
  return (
    <span className={`badge badge-${color ?? 'none'}`}>
      {children}
      {children !== undefined && ' '}
      <span className="badge-word">{word}</span>
    </span>
  );
}
