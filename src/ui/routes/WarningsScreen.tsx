// The plausibility warnings of one Puskesmas-year: figures that were accepted but are unlikely, for
// the Kepala Puskesmas (and Dinkes) to correct or to mark checked with a note.
import { useCallback, useState } from 'react';
import { Loaded } from '../components/Loading.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { WarningFilterChoice, WarningList, type WarningFilter } from '../components/warnings/WarningList.tsx';
import { getYearWarnings } from '../endpoints/warnings.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { readOnlyNote } from '../lib/navigation.ts';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function WarningsScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  const user = useUser();
  usePageTitle([t('nav.warnings'), puskesmas.name, year]);
  const resource = useResource(
    (signal) => getYearWarnings(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  const [filter, setFilter] = useState<WarningFilter>('all');
  const [notice, setNotice] = useState<string | null>(null);
  const { reload } = resource;
  const onChanged = useCallback(
    (words: string | null) => {
      setNotice(words);
      reload();
    },
    [reload],
  );
  return (
    <section className="page warnings-page" aria-labelledby="warnings-title">
      <div className="page-head">
        <h1 id="warnings-title">{t('warnings.title', { year })}</h1>
      </div>
      <Loaded resource={resource}>
        {(view) => {
          const why = readOnlyNote(user.role, 'warnings:check', view.status, 'warnings.readOnly');
          return (
            <>
              <p className="hint warnings-intro">{t('warnings.intro')}</p>
              {view.warnings.length === 0 ? (
                <p className="notice">{t('warnings.none')}</p>
              ) : (
                <>
                  <div className="warnings-toolbar">
                    <p className="warnings-summary" role="status">
                      {t('warnings.summary', { open: view.open, checked: view.checked })}
                    </p>
                    <WarningFilterChoice value={filter} onChange={setFilter} />
                  </div>
                  {why && <p className="hint">{t(why)}</p>}
                  {notice && (
                    <p className="notice" role="status">
                      {notice}
                    </p>
                  )}
                  <WarningList
                    warnings={view.warnings}
                    filter={filter}
                    puskesmasCode={puskesmas.code}
                    year={year}
                    mayCheck={why === null}
                    headingLevel={2}
                    onChanged={onChanged}
                  />
                </>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
