// "Analisis & RTL" of a Puskesmas-year — Bab V and Bab VI of the report: the indicators below target
// with their gap, the problem the team writes for each (causes, USG), the priorities, a short analysis
// per programme, and the RTL actions per problem with their overdue marks and evidence.
import { useEffect, useState } from 'react';
import { hasPermission, type Role } from '../../domain/access/roles.ts';
import type { AssessmentStatus } from '../../domain/assessment/status.ts';
import { improvementRefusal } from '../../domain/improvement/write-rules.ts';
import type { AnalysisView } from '../../shared/api/analysis.schema.ts';
import { dateWords } from '../../shared/calendar-words.ts';
import { GapTable } from '../components/analysis/GapTable.tsx';
import { PriorityTable } from '../components/analysis/PriorityTable.tsx';
import { ProgrammeAnalyses } from '../components/analysis/ProgrammeAnalyses.tsx';
import { RtlSection } from '../components/analysis/RtlSection.tsx';
import { Loaded } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { getAnalysis } from '../endpoints/analysis.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { formatDateTime } from '../lib/dates.ts';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

/** Why this user may not write Bab V (or the RTL), in words; null when they may. */
function writeNote(
  role: Role,
  status: AssessmentStatus | null,
  document: 'analysis' | 'rtl',
): MessageKey | null {
  if (!hasPermission(role, 'analysis:write')) return 'analysis.readOnlyRole';
  if (improvementRefusal(document, role, status) === null) return null;
  return document === 'analysis' ? 'analysis.closed' : 'rtl.closed';
}

export function AnalysisScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t, locale } = useI18n();
  const user = useUser();
  usePageTitle([t('nav.analysis'), puskesmas.name, year]);
  const resource = useResource(
    (signal) => getAnalysis(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  // A write answers the whole view as stored after it: shown at once, without another request.
  const [written, setWritten] = useState<AnalysisView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setWritten(null), [resource.data]);
  const onSaved = (view: AnalysisView, words: string) => {
    setWritten(view);
    setNotice(words || null);
  };

  return (
    <section className="page analysis-page" aria-labelledby="analysis-title">
      <div className="page-head">
        <h1 id="analysis-title">{t('analysis.title', { year })}</h1>
      </div>
      <p className="hint">{t('analysis.intro')}</p>
      <Loaded resource={resource}>
        {(loaded) => {
          const view = written ?? loaded;
          const analysisNote = writeNote(user.role, view.status, 'analysis');
          const rtlNote = writeNote(user.role, view.status, 'rtl');
          return (
            <>
              <p className="muted analysis-source">
                {view.computedAt
                  ? t(view.stage === 'verified' ? 'analysis.sourceVerified' : 'analysis.sourceSelf', {
                      when: formatDateTime(view.computedAt, locale),
                    })
                  : t('analysis.noResult')}
              </p>
              {analysisNote && <p className="hint">{t(analysisNote)}</p>}
              {rtlNote && rtlNote !== analysisNote && analysisNote !== 'analysis.readOnlyRole' && (
                <p className="hint">{t(rtlNote)}</p>
              )}
              {notice && (
                <p className="notice" role="status">
                  {notice}
                </p>
              )}
              <nav className="section-links" aria-label={t('analysis.sections')}>
                <a href="#gaps">{t('analysis.gapsTitle', { count: view.gaps.length })}</a>
                <a href="#priorities">{t('analysis.prioritiesTitle')}</a>
                <a href="#programmes">{t('analysis.programmesTitle')}</a>
                <a href="#rtl">{t('rtl.title')}</a>
              </nav>
              <section id="gaps" aria-labelledby="gaps-title" className="analysis-section">
                <h2 id="gaps-title">{t('analysis.gapsTitle', { count: view.gaps.length })}</h2>
                <GapTable
                  code={puskesmas.code}
                  year={year}
                  gaps={view.gaps}
                  mayWrite={analysisNote === null}
                  onSaved={onSaved}
                />
              </section>
              <section id="priorities" aria-labelledby="priorities-title" className="analysis-section">
                <h2 id="priorities-title">{t('analysis.prioritiesTitle')}</h2>
                <p className="hint">{t('analysis.prioritiesHint')}</p>
                <PriorityTable problems={view.problems} actions={view.actions} />
              </section>
              <section id="programmes" aria-labelledby="programmes-title" className="analysis-section">
                <h2 id="programmes-title">{t('analysis.programmesTitle')}</h2>
                <ProgrammeAnalyses
                  code={puskesmas.code}
                  year={year}
                  programmes={view.programmes}
                  mayWrite={analysisNote === null}
                  onSaved={onSaved}
                />
              </section>
              <section id="rtl" aria-labelledby="rtl-title" className="analysis-section">
                <h2 id="rtl-title">{t('rtl.title')}</h2>
                <p className="hint">{t('rtl.intro', { today: dateWords(view.today, locale) })}</p>
                <RtlSection
                  code={puskesmas.code}
                  year={year}
                  view={view}
                  mayWrite={rtlNote === null}
                  onSaved={onSaved}
                />
              </section>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
