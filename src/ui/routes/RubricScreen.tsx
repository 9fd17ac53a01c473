// Management and quality (Table 5): every item by its rubric, group by group, with the two axes.
import { useEffect, useState } from 'react';
import type { RubricItem, RubricView } from '../../shared/api/rubric.schema.ts';
import { CategoryBadge } from '../components/CategoryBadge.tsx';
import { Loaded } from '../components/Loading.tsx';
import { RubricItemCard, type RubricChange } from '../components/rubric/RubricItemCard.tsx';
import { useResource } from '../components/use-resource.ts';
import { getRubric, saveRubricItem } from '../endpoints/rubric.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatAxis } from '../lib/figures.ts';
import { readOnlyNote } from '../lib/navigation.ts';
import { formatFixed } from '../lib/numbers.ts';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function RubricScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  const resource = useResource(
    (signal) => getRubric(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  return (
    <section className="page" aria-labelledby="rubric-title">
      <h1 id="rubric-title">{t('rubric.title', { year })}</h1>
      <Loaded resource={resource}>{(view) => <RubricBody view={view} reload={resource.reload} />}</Loaded>
    </section>
  );
}

function RubricBody({ view: loaded, reload }: { view: RubricView; reload(): void }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const [view, setView] = useState(loaded);
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Readonly<Record<string, unknown>>>({});
  useEffect(() => setView(loaded), [loaded]);
  const readOnlyWhy = readOnlyNote(user.role, 'rubric:write', view.status, 'rubric.readOnly');
  const readOnly = readOnlyWhy !== null;

  const replaceItem = (item: RubricItem) =>
    setView((v) => ({
      ...v,
      groups: v.groups.map((g) => ({ ...g, items: g.items.map((i) => (i.code === item.code ? item : i)) })),
    }));

  const save = async (item: RubricItem, change: RubricChange) => {
    // The choice shows at once; the stored item (with its banded score) replaces it when saved.
    if (change.level !== undefined) replaceItem({ ...item, level: change.level, score: change.level });
    setSaving((s) => new Set(s).add(item.code));
    setErrors(({ [item.code]: _gone, ...rest }) => rest);
    try {
      const outcome = await saveRubricItem(view.puskesmas.code, view.year, item.code, {
        ...change,
        expectedVersion: item.version,
      });
      if (outcome.ok) {
        replaceItem(outcome.data.item);
        const h = outcome.data.headline;
        setView((v) => ({
          ...v,
          management: { score: h.management, category: h.categories.management },
          quality: { score: h.quality, category: h.categories.quality },
        }));
      } else {
        setErrors((e) => ({ ...e, [item.code]: outcome.error }));
        reload();
      }
    } catch (error) {
      replaceItem(item);
      setErrors((e) => ({ ...e, [item.code]: error }));
    } finally {
      setSaving((s) => {
        const next = new Set(s);
        next.delete(item.code);
        return next;
      });
    }
  };

  return (
    <>
      <p className="hint">{readOnlyWhy ? t(readOnlyWhy) : t('rubric.intro')}</p>
      <div className="axis-summary" role="status" aria-live="polite">
        <span>
          {t('dash.management')}: <strong>{formatAxis('management', view.management.score, locale)}</strong>{' '}
          <CategoryBadge category={view.management.category} />
        </span>
        <span>
          {t('dash.quality')}: <strong>{formatAxis('quality', view.quality.score, locale)}</strong>{' '}
          <CategoryBadge category={view.quality.category} />
        </span>
      </div>
      <nav className="group-jump" aria-label={t('rubric.groups')}>
        {view.groups.map((g) => (
          <a key={g.code} href={`#group-${g.code}`}>
            {g.number}
          </a>
        ))}
      </nav>
      {view.groups.map((g) => (
        <section
          key={g.code}
          id={`group-${g.code}`}
          className="rubric-group"
          aria-labelledby={`group-title-${g.code}`}
        >
          <h2 id={`group-title-${g.code}`}>
            {g.number} {g.name}{' '}
            <span className="muted small">
              {t('rubric.groupScore', {
                score: g.score === null ? t('rubric.notScored') : formatFixed(g.score, 2, locale),
              })}
            </span>
          </h2>
          {g.items.map((item) => (
            <RubricItemCard
              key={item.code}
              item={item}
              readOnly={readOnly}
              saving={saving.has(item.code)}
              error={errors[item.code] ?? null}
              onSave={(i, change) => void save(i, change)}
            />
          ))}
        </section>
      ))}
    </>
  );
}
