// Accreditation readiness of one Puskesmas-year (criteria 2.7.1, 2.8.3, 2.8.4): per element, what the
// Puskesmas' records in pkp prove, what is still missing and where to add it, what the surveyor checks
// in person — and the same as a checklist to print for the surveyor.
import { uploadRefusal } from '../../domain/evidence/evidence-rules.ts';
import { dateWords } from '../../shared/accreditation-words.ts';
import { ElementCard } from '../components/accreditation/ElementCard.tsx';
import { ReadinessChecklist } from '../components/accreditation/ReadinessChecklist.tsx';
import { Loaded } from '../components/Loading.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { getYearReadiness } from '../endpoints/accreditation.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function AccreditationScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t, locale } = useI18n();
  const user = useUser();
  usePageTitle([t('nav.accreditation'), puskesmas.name, year]);
  const resource = useResource(
    (signal) => getYearReadiness(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  return (
    <section className="page readiness-page" aria-labelledby="readiness-title">
      <div className="page-head readiness-head">
        <h1 id="readiness-title">{t('accreditation.title', { year })}</h1>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('accreditation.print')}
        </button>
      </div>
      <Loaded resource={resource}>
        {(view) => (
          <>
            <div className="readiness-screen">
              <p className="hint">{t('accreditation.intro')}</p>
              <p className="readiness-summary" role="status">
                <span>{t('accreditation.asOf', { date: dateWords(view.asOf, locale) })}: </span>
                <strong>
                  {t('accreditation.summary', {
                    fulfilled: view.counts.fulfilled,
                    partly: view.counts.partly,
                    missing: view.counts.missing,
                    notDue: view.counts['not-due'],
                  })}
                </strong>
              </p>
              <p className="small muted">{t('accreditation.kindsLegend')}</p>
              <nav className="readiness-jump" aria-label={t('accreditation.jump')}>
                {view.criteria.map((c) => (
                  <a key={c.code} href={`#criterion-${c.code.replace(/\./g, '-')}`}>
                    {t('accreditation.criterion', { code: c.code })}
                  </a>
                ))}
              </nav>
              {view.criteria.map((criterion) => (
                <section
                  key={criterion.code}
                  className="readiness-criterion"
                  id={`criterion-${criterion.code.replace(/\./g, '-')}`}
                  aria-labelledby={`criterion-${criterion.code}-title`}
                >
                  <h2 id={`criterion-${criterion.code}-title`}>
                    {t('accreditation.criterion', { code: criterion.code })} — {criterion.title}
                  </h2>
                  <p className="readiness-text" lang="id">
                    {criterion.text}
                  </p>
                  {locale === 'en' && (
                    <p className="readiness-gloss">
                      <span className="muted">{t('accreditation.glossLabel')}:</span> {criterion.gloss}
                    </p>
                  )}
                  {view.elements
                    .filter((e) => e.criterion === criterion.code)
                    .map((element) => (
                      <ElementCard
                        key={element.code}
                        element={element}
                        puskesmasCode={puskesmas.code}
                        year={year}
                        canAttach={uploadRefusal(user.role, 'accreditation', view.status) === null}
                        onFilesChanged={resource.reload}
                      />
                    ))}
                </section>
              ))}
            </div>
            <ReadinessChecklist view={view} />
          </>
        )}
      </Loaded>
    </section>
  );
}
