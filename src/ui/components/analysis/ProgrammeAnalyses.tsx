// Bab V's short analysis per programme: the programmes with indicators below target first (each with
// its score and how many fall short), the others folded away; the team writes a paragraph for each.
import { useId, useState } from 'react';
import type { AnalysisView, ProgrammeView } from '../../../shared/api/analysis.schema.ts';
import { saveProgrammeAnalysis } from '../../endpoints/analysis.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { plainNumber } from '../../lib/gap-figures.ts';
import { ErrorText } from '../ErrorText.tsx';
import { StaleNotice } from '../feedback/StaleNotice.tsx';

export function ProgrammeAnalyses(props: {
  code: string;
  year: number;
  programmes: readonly ProgrammeView[];
  mayWrite: boolean;
  onSaved(view: AnalysisView, notice: string): void;
}) {
  const { t } = useI18n();
  const first = props.programmes.filter((p) => p.gaps > 0 || p.analysis !== null);
  const others = props.programmes.filter((p) => p.gaps === 0 && p.analysis === null);
  const item = (p: ProgrammeView) => <ProgrammeItem key={p.code} {...props} programme={p} />;
  return (
    <>
      <ul className="programme-analyses">{first.map(item)}</ul>
      {others.length > 0 && (
        <details className="other-programmes">
          <summary>{t('analysis.otherProgrammes', { count: others.length })}</summary>
          <ul className="programme-analyses">{others.map(item)}</ul>
        </details>
      )}
    </>
  );
}

function ProgrammeItem(props: {
  code: string;
  year: number;
  programme: ProgrammeView;
  mayWrite: boolean;
  onSaved(view: AnalysisView, notice: string): void;
}) {
  const { t, locale } = useI18n();
  const p = props.programme;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(p.analysis?.text ?? '');
  const [version, setVersion] = useState(p.analysis?.version ?? 0);
  const [stale, setStale] = useState<{ view: AnalysisView; current: ProgrammeView | undefined } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  const name = `${p.number} ${p.name}`.trim();
  const score = p.score === null ? t('analysis.notScored') : plainNumber(p.score, locale);

  async function save(expectedVersion: number) {
    setBusy(true);
    setError(null);
    try {
      const outcome = await saveProgrammeAnalysis(props.code, props.year, p.code, { text, expectedVersion });
      if (outcome.ok) {
        setEditing(false);
        setStale(null);
        props.onSaved(outcome.data, t('analysis.programmeSaved', { programme: p.name }));
        return;
      }
      const current = outcome.conflict.current.programmes.find((x) => x.code === p.code);
      setStale({ view: outcome.conflict.current, current });
      setVersion(current?.analysis?.version ?? 0);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="programme-analysis" data-programme={p.code}>
      <h3>
        {name} <span className="muted small">{t('analysis.programmeFigures', { score, gaps: p.gaps })}</span>
      </h3>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save(version);
          }}
        >
          <div className="field">
            <label htmlFor={fieldId}>{t('analysis.programmeText', { programme: p.name })}</label>
            <textarea
              id={fieldId}
              rows={4}
              maxLength={4000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          {stale && (
            <StaleNotice
              by={
                stale.current?.analysis
                  ? `${stale.current.analysis.updatedBy}, ${formatDateTime(stale.current.analysis.updatedAt, locale)}`
                  : t('improvement.someone')
              }
              stored={<p>{stale.current?.analysis?.text}</p>}
              onKeepMine={() => void save(stale.current?.analysis?.version ?? 0)}
              onTakeStored={() => props.onSaved(stale.view, '')}
            />
          )}
          {error !== null && <ErrorText error={error} />}
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {busy ? t('app.saving') : t('app.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('app.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {p.analysis && p.analysis.text !== '' ? (
            <>
              <p className="programme-text">{p.analysis.text}</p>
              <p className="muted small">
                {t('analysis.by', {
                  who: p.analysis.updatedBy,
                  when: formatDateTime(p.analysis.updatedAt, locale),
                })}
              </p>
            </>
          ) : (
            <p className="muted">{t('analysis.noProgrammeText')}</p>
          )}
          {props.mayWrite && (
            <button
              type="button"
              className="secondary"
              aria-label={t('analysis.writeProgrammeFor', { programme: p.name })}
              onClick={() => setEditing(true)}
            >
              {p.analysis ? t('analysis.editProgramme') : t('analysis.writeProgramme')}
            </button>
          )}
        </>
      )}
    </li>
  );
}
