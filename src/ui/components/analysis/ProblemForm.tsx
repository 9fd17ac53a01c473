// The problem behind one indicator below target (Bab V): what it is, its causes under the six
// fishbone headings (one per line), and its priority by USG — each 1–5, the total shown as it is chosen.
import { useId, useState } from 'react';
import { CAUSE_HEADINGS, type CauseHeading, type ProblemCauses } from '../../../domain/improvement/causes.ts';
import { USG_MAX, USG_MIN, usgTotal } from '../../../domain/improvement/usg.ts';
import type { AnalysisView, GapView, ProblemView } from '../../../shared/api/analysis.schema.ts';
import { saveProblem } from '../../endpoints/analysis.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { linesOf, textOf } from '../../lib/cause-lines.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { ErrorText } from '../ErrorText.tsx';
import { StaleNotice } from '../feedback/StaleNotice.tsx';

const SCORES = Array.from({ length: USG_MAX - USG_MIN + 1 }, (_, i) => USG_MIN + i);
type UsgKey = 'urgency' | 'seriousness' | 'growth';
const USG_KEYS: readonly UsgKey[] = ['urgency', 'seriousness', 'growth'];

function causeTexts(causes: ProblemCauses | undefined): Record<CauseHeading, string> {
  return Object.fromEntries(CAUSE_HEADINGS.map((h) => [h, textOf(causes?.[h] ?? [])])) as Record<
    CauseHeading,
    string
  >;
}

export function ProblemForm(props: {
  code: string;
  year: number;
  gap: Pick<GapView, 'indicator' | 'sentence'>;
  problem: ProblemView | null;
  onSaved(view: AnalysisView): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const stored = props.problem;
  const [problem, setProblem] = useState(stored?.problem ?? '');
  const [causes, setCauses] = useState(causeTexts(stored?.causes));
  const [usg, setUsg] = useState<Record<UsgKey, number>>({
    urgency: stored?.urgency ?? 3,
    seriousness: stored?.seriousness ?? 3,
    growth: stored?.growth ?? 3,
  });
  const [version, setVersion] = useState(stored?.version ?? 0);
  const [stale, setStale] = useState<{ view: AnalysisView; problem: ProblemView | null } | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const base = useId();
  const id = (part: string) => `${base}-${part}`;
  const sentence = locale === 'en' ? props.gap.sentence.en : props.gap.sentence.id;

  async function save(expectedVersion: number) {
    if (problem.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = {
        problem,
        causes: Object.fromEntries(CAUSE_HEADINGS.map((h) => [h, linesOf(causes[h])])) as ProblemCauses,
        ...usg,
        expectedVersion,
      };
      const outcome = await saveProblem(props.code, props.year, props.gap.indicator.code, body);
      if (outcome.ok) {
        props.onSaved(outcome.data);
        return;
      }
      const current =
        outcome.conflict.current.problems.find((p) => p.indicator.code === props.gap.indicator.code) ?? null;
      setStale({ view: outcome.conflict.current, problem: current });
      setVersion(current?.version ?? 0);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const title = t('analysis.problemFor', {
    indicator: `${props.gap.indicator.number} ${props.gap.indicator.name}`.trim(),
  });
  return (
    <form
      className="problem-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save(version);
      }}
    >
      <h3>{title}</h3>
      <p className="muted small">{sentence}</p>
      <div className="field">
        <label htmlFor={id('problem')}>{t('analysis.problem')}</label>
        <textarea
          id={id('problem')}
          rows={2}
          maxLength={2000}
          value={problem}
          aria-invalid={missing}
          aria-describedby={missing ? id('missing') : undefined}
          placeholder={t('analysis.problemPlaceholder')}
          onChange={(e) => {
            setProblem(e.target.value);
            setMissing(false);
          }}
        />
        {missing && (
          <span className="field-error" id={id('missing')}>
            {t('analysis.problemRequired')}
          </span>
        )}
      </div>
      <fieldset className="causes">
        <legend>{t('analysis.causes')}</legend>
        <p className="hint">{t('analysis.causesHint')}</p>
        <div className="causes-grid">
          {CAUSE_HEADINGS.map((h) => (
            <div className="field" key={h}>
              <label htmlFor={id(h)}>{t(`analysis.cause.${h}`)}</label>
              <textarea
                id={id(h)}
                rows={3}
                value={causes[h]}
                onChange={(e) => setCauses((c) => ({ ...c, [h]: e.target.value }))}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="usg">
        <legend>{t('analysis.usg')}</legend>
        <div className="usg-row">
          {USG_KEYS.map((k) => (
            <div className="field" key={k}>
              <label htmlFor={id(k)}>{t(`analysis.usg.${k}`)}</label>
              <select
                id={id(k)}
                value={usg[k]}
                aria-describedby={id(`${k}-hint`)}
                onChange={(e) => setUsg((u) => ({ ...u, [k]: Number(e.target.value) }))}
              >
                {SCORES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
              <span className="hint small" id={id(`${k}-hint`)}>
                {t(`analysis.usg.${k}.hint`)}
              </span>
            </div>
          ))}
          <p className="usg-total" aria-live="polite">
            {t('analysis.usgTotal', { total: usgTotal(usg) })}
          </p>
        </div>
      </fieldset>
      {stale && (
        <StaleNotice
          by={
            stale.problem
              ? `${stale.problem.updatedBy}, ${formatDateTime(stale.problem.updatedAt, locale)}`
              : t('improvement.someone')
          }
          stored={stale.problem ? <p>{stale.problem.problem}</p> : null}
          onKeepMine={() => void save(stale.problem?.version ?? 0)}
          onTakeStored={() => props.onSaved(stale.view)}
        />
      )}
      {error !== null && <ErrorText error={error} />}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('app.saving') : t('analysis.saveProblem')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
