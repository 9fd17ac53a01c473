// Management and quality (Table 5): every item by its rubric, group by group, with the two axes.
import { useEffect, useState } from 'react';
import type { RubricView } from '../../shared/api/rubric.schema.ts';
import { formatNodeScore } from '../../shared/axis-scale.ts';
import { CategoryBadge } from '../components/CategoryBadge.tsx';
import { Loaded } from '../components/Loading.tsx';
import { RubricItemCard } from '../components/rubric/RubricItemCard.tsx';
import { useRubricSaves } from '../components/rubric/use-rubric-saves.ts';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { getRubric } from '../endpoints/rubric.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatAxis } from '../lib/figures.ts';
import { readOnlyNote } from '../lib/navigation.ts';
import { useUser } from '../session/session.tsx';
import { RubricItemExtras, useMeetingRecords } from '../components/rubric/RubricItemExtras.tsx';
import { ReturnedItemsPanel } from '../components/verification/ReturnedItemsPanel.tsx';
import { useReturnedItems } from '../components/verification/use-returned-items.ts';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function RubricScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  usePageTitle([t('nav.rubric'), puskesmas.name, year]);
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
  const records = useMeetingRecords(loaded.puskesmas.code, loaded.year);
  const [view, setView] = useState(loaded);
  const { save, saving, errors } = useRubricSaves({ loaded, setView, reload });
  useEffect(() => setView(loaded), [loaded]);
  // A submitted year is read-only for the Puskesmas, except the items Dinkes returned to it.
  const returns = useReturnedItems(loaded.puskesmas.code, loaded.year);
  const yearNote = readOnlyNote(user.role, 'rubric:write', view.status, 'rubric.readOnly');
  const reopened = yearNote === 'year.submitted' ? returns.reopened : new Set<string>();
  const readOnlyWhy = reopened.size > 0 ? 'returned.readOnlyNote' : yearNote;
  const readOnly = readOnlyWhy !== null;

  return (
    <>
      <p className="hint">{readOnlyWhy ? t(readOnlyWhy) : `${t('rubric.intro')} ${t('rubric.keys')}`}</p>
      <ReturnedItemsPanel
        code={loaded.puskesmas.code}
        year={loaded.year}
        returns={returns}
        shows={(item) => item.screen === 'rubric'}
        onAnswered={reload}
      />
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
                // On its axis' scale, as the card and the "why": a Mutu group of 7,5 is 75,00%.
                score: g.score === null ? t('rubric.notScored') : formatNodeScore(g.axis, g.score, locale),
              })}
            </span>
          </h2>
          {g.items.map((item) => (
            <RubricItemCard
              key={item.code}
              item={item}
              readOnly={readOnly && !reopened.has(item.code)}
              saving={saving.has(item.code)}
              error={errors[item.code] ?? null}
              onSave={save}
              footer={
                <RubricItemExtras
                  item={item}
                  records={records}
                  canConfirm={!readOnly}
                  saving={saving.has(item.code)}
                  onSave={save}
                />
              }
            />
          ))}
        </section>
      ))}
    </>
  );
}
