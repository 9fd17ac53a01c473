// Targets and sasaran of a Puskesmas-year: every indicator's own target (or the district's), its
// target population, whether it applies, and the UKM Pengembangan services chosen.
import { useEffect, useMemo, useState } from 'react';
import type { TargetsView } from '../../shared/api/targets.schema.ts';
import { Loaded } from '../components/Loading.tsx';
import { ServiceChoice } from '../components/targets/ServiceChoice.tsx';
import { ScoreChangeDialog } from '../components/targets/ScoreChangeDialog.tsx';
import { TargetRowView } from '../components/targets/TargetRowView.tsx';
import { useTargetSaves } from '../components/targets/use-target-saves.ts';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { getTargets } from '../endpoints/targets.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { can, readOnlyNote } from '../lib/navigation.ts';
import { useUser } from '../session/session.tsx';
import { ReturnedItemsPanel } from '../components/verification/ReturnedItemsPanel.tsx';
import { useReturnedItems } from '../components/verification/use-returned-items.ts';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function TargetsScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  usePageTitle([t('nav.targets'), puskesmas.name, year]);
  const resource = useResource(
    (signal) => getTargets(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  return (
    <section className="page" aria-labelledby="targets-title">
      <h1 id="targets-title">{t('targets.title', { year })}</h1>
      <Loaded resource={resource}>{(view) => <TargetsBody view={view} reload={resource.reload} />}</Loaded>
    </section>
  );
}

function TargetsBody({ view: loaded, reload }: { view: TargetsView; reload(): void }) {
  const { t } = useI18n();
  const user = useUser();
  const [view, setView] = useState(loaded);
  const [query, setQuery] = useState('');
  const { save, saving, errors, question } = useTargetSaves({ loaded, setView, reload });
  useEffect(() => setView(loaded), [loaded]);
  // A submitted year is read-only for the Puskesmas, except the indicators Dinkes returned to it.
  const returns = useReturnedItems(loaded.puskesmas.code, loaded.year);
  const yearNote = readOnlyNote(user.role, 'targets:write', view.status, 'targets.readOnly');
  const reopened = yearNote === 'year.submitted' ? returns.reopened : new Set<string>();
  const readOnlyWhy = reopened.size > 0 ? 'returned.readOnlyNote' : yearNote;
  const readOnly = readOnlyWhy !== null;
  // The target values are Dinkes': a Puskesmas sets sasaran, applicability and its choices.
  const targetsReadOnly = readOnly || !can(user.role, 'targets:set');
  const names = useMemo(() => new Map(view.rows.map((r) => [r.code, `${r.number} ${r.name}`])), [view.rows]);

  const q = query.trim().toLowerCase();
  const rows = view.rows.filter(
    (r) => r.kind !== 'rubric' && (!q || `${r.code} ${r.name}`.toLowerCase().includes(q)),
  );
  // A heading row wherever the programme changes.
  let lastGroup = '';

  return (
    <>
      <p className="hint">{readOnlyWhy ? t(readOnlyWhy) : t('targets.intro')}</p>
      <ReturnedItemsPanel
        code={loaded.puskesmas.code}
        year={loaded.year}
        returns={returns}
        shows={() => true}
        onAnswered={reload}
      />
      <ServiceChoice
        services={view.services}
        names={names}
        readOnly={readOnly}
        onChoose={(current, next) => {
          const row = (code: string) => view.rows.find((r) => r.code === code);
          const target = next ? row(next) : current ? row(current) : undefined;
          if (target) save(target, { chosen: next !== null });
        }}
      />
      <div className="entry-toolbar">
        <label className="search">
          <span>{t('entry.filter')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('entry.filterPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </div>
      <div className="table-scroll tall">
        <table className="data-table targets-table">
          <thead>
            <tr>
              <th scope="col">{t('entry.indicator')}</th>
              <th scope="col" className="num">
                {t('targets.catalogTarget')}
              </th>
              <th scope="col">{t('targets.target')}</th>
              <th scope="col">{t('targets.sasaran')}</th>
              <th scope="col">{t('targets.targetSasaran')}</th>
              <th scope="col">{t('targets.applicable')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('users.status')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((row) => {
              const group = row.path
                .slice(0, 2)
                .map((p) => `${p.number} ${p.name}`)
                .join(' › ');
              const out = [];
              if (group !== lastGroup) {
                lastGroup = group;
                out.push(
                  <tr key={`h:${row.code}`} className="group-row">
                    <th scope="rowgroup" colSpan={7} className="group-cell">
                      {group}
                    </th>
                  </tr>,
                );
              }
              out.push(
                <TargetRowView
                  key={row.code}
                  row={row}
                  readOnly={readOnly && !reopened.has(row.code)}
                  targetsReadOnly={
                    targetsReadOnly && !(reopened.has(row.code) && can(user.role, 'targets:set'))
                  }
                  saving={saving.has(row.code)}
                  error={errors[row.code] ?? null}
                  onSave={save}
                />,
              );
              return out;
            })}
          </tbody>
        </table>
      </div>
      {question && (
        <ScoreChangeDialog
          row={question.row}
          preview={question.preview}
          onSave={() => question.answer(true)}
          onCancel={() => question.answer(false)}
        />
      )}
    </>
  );
}
