// What the year's catalog changes against last year's, as Dinkes checks it before publishing: rows
// added and removed, renamed, moved to another group, targets changed (from → to, as printed), and
// rows scored another way.
import type { z } from 'zod';
import type { CatalogChangeView } from '../../../shared/api/catalog.schema.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';

type Change = z.infer<typeof CatalogChangeView>;
const ORDER: Change['change'][] = [
  'averages',
  'target',
  'added',
  'removed',
  'renamed',
  'recoded',
  'moved',
  'scoring',
  'group-added',
  'group-removed',
  'group-renamed',
  'grouping',
];

function targetText(target: { printed: string; comparator: string; value: number | null }): string {
  return target.printed || `${target.comparator} ${target.value ?? '–'}`;
}

function changeText(change: Change, t: Translate): string {
  switch (change.change) {
    case 'added':
    case 'removed':
    case 'group-added':
    case 'group-removed':
      return `${change.code} ${change.name}`;
    case 'group-renamed':
      return t('catalog.change.renamedText', { code: change.code, from: change.from, to: change.to });
    case 'averages':
      return t('catalog.change.averagesText', { from: change.from, to: change.to });
    case 'grouping':
      return t(`catalog.change.grouping.${change.what}`, { code: change.code, name: change.name });
    case 'renamed':
      return t('catalog.change.renamedText', { code: change.code, from: change.from, to: change.to });
    case 'moved':
      return t('catalog.change.movedText', { code: change.code, from: change.from, to: change.to });
    case 'recoded':
      return t('catalog.change.recodedText', { code: change.code, name: change.name, from: change.from });
    case 'target':
      return t('catalog.change.targetText', {
        code: change.code,
        name: change.name,
        from: targetText(change.from),
        to: targetText(change.to),
      });
    case 'scoring':
      return t('catalog.change.scoringText', { code: change.code, fields: change.fields.join(', ') });
  }
}

export function CatalogChanges({
  previousYear,
  changes,
}: {
  previousYear: number | null;
  changes: readonly Change[];
}) {
  const { t } = useI18n();
  if (previousYear === null) return <p className="muted">{t('catalog.diff.noPrevious')}</p>;
  if (changes.length === 0) return <p>{t('catalog.diff.none', { year: previousYear })}</p>;
  return (
    <div className="catalog-changes">
      <p>{t('catalog.diff.count', { count: changes.length, year: previousYear })}</p>
      {ORDER.map((kind) => {
        const of = changes.filter((c) => c.change === kind);
        if (of.length === 0) return null;
        return (
          <section key={kind} aria-label={t(`catalog.change.${kind}`)}>
            <h3>
              {t(`catalog.change.${kind}`)} ({of.length})
            </h3>
            <ul>
              {of.map((c) => (
                <li key={`${c.change}-${c.code}`} data-change={c.change} data-code={c.code}>
                  {changeText(c, t)}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
