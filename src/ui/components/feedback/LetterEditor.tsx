// Drafting a feedback letter (Dinkes): number, date, signer, a summary, and the points — about the
// whole assessment, a programme or an indicator, each programme and indicator shown with its score
// and whether it falls below target. Saved as a draft; the admin sends it from the list.
import { useId, useRef, useState } from 'react';
import { FEEDBACK_SCOPES, type FeedbackScope } from '../../../domain/improvement/feedback.ts';
import type { FeedbackLetterView, FeedbackView, TopicChoice } from '../../../shared/api/feedback.schema.ts';
import { createLetter, updateLetter } from '../../endpoints/feedback.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { plainNumber } from '../../lib/gap-figures.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import { ErrorText } from '../ErrorText.tsx';
import { StaleNotice } from './StaleNotice.tsx';

interface PointDraft {
  /** A stable key for React; `id` once stored. */
  key: string;
  id?: number;
  scope: FeedbackScope;
  code: string | null;
  text: string;
}

/** Today on the writer's computer, 'YYYY-MM-DD'. */
function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function choiceLabel(c: TopicChoice, t: Translate, locale: Locale): string {
  const name = [c.number, c.name].filter((s) => s.trim() !== '').join(' ');
  const score = c.score === null ? t('feedback.notScored') : plainNumber(c.score, locale);
  return `${name} — ${score}${c.belowTarget ? ` · ${t('feedback.belowTarget')}` : ''}`;
}

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

export function LetterEditor(props: {
  code: string;
  year: number;
  view: FeedbackView;
  /** Null for a new letter. */
  letter: FeedbackLetterView | null;
  onSaved(letter: FeedbackLetterView): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const writing = props.view.writing;
  const programmes = writing?.programmes ?? [];
  const indicators = writing?.indicators ?? [];
  const signer = writing?.lastSigner;
  const initial = props.letter;
  const [number, setNumber] = useState(initial?.number ?? '');
  const [datedOn, setDatedOn] = useState(initial?.datedOn ?? todayLocal());
  const [signerName, setSignerName] = useState(initial?.signerName ?? signer?.signerName ?? '');
  const [signerTitle, setSignerTitle] = useState(
    initial?.signerTitle ??
      signer?.signerTitle ??
      t('feedback.defaultSignerTitle', { district: props.view.district.name }),
  );
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [points, setPoints] = useState<PointDraft[]>(
    initial?.points.map((p) => ({
      key: `p${p.id}`,
      id: p.id,
      scope: p.scope,
      code: p.topic?.code ?? null,
      text: p.text,
    })) ?? [{ key: newKey(), scope: 'overall', code: null, text: '' }],
  );
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [stale, setStale] = useState<FeedbackLetterView | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = { number: useId(), date: useId(), name: useId(), title: useId(), summary: useId() };
  const pointsEnd = useRef<HTMLButtonElement>(null);

  const change = (key: string, patch: Partial<PointDraft>) =>
    setPoints((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  function addPerProgramme() {
    const have = new Set(points.filter((p) => p.scope === 'programme').map((p) => p.code));
    const add = programmes
      .filter((p) => p.belowTarget && !have.has(p.code))
      .map((p): PointDraft => ({ key: newKey(), scope: 'programme', code: p.code, text: '' }));
    setPoints((ps) => [...ps, ...add]);
  }

  async function save(expectedVersion: number) {
    setBusy(true);
    setError(null);
    const body = {
      number,
      datedOn,
      signerName,
      signerTitle,
      summary,
      points: points.map((p) => ({
        ...(p.id === undefined ? {} : { id: p.id }),
        scope: p.scope,
        code: p.code,
        text: p.text,
      })),
    };
    try {
      if (initial === null && version === 0) {
        props.onSaved(await createLetter(props.code, props.year, body));
        return;
      }
      const id = initial?.id ?? 0;
      const outcome = await updateLetter(props.code, props.year, id, { ...body, expectedVersion });
      if (outcome.ok) props.onSaved(outcome.data);
      else {
        setStale(outcome.conflict.current);
        setVersion(outcome.conflict.current?.version ?? expectedVersion);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const title = initial
    ? t('feedback.editTitle', { number: initial.number || t('feedback.noNumber') })
    : t('feedback.newTitle');
  return (
    <form
      className="letter-editor"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save(version);
      }}
    >
      <h2>{title}</h2>
      <div className="form-grid four">
        <div className="field">
          <label htmlFor={ids.number}>{t('feedback.number')}</label>
          <input
            id={ids.number}
            value={number}
            maxLength={100}
            placeholder="440/…/2024"
            onChange={(e) => setNumber(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{t('feedback.date')}</label>
          <input
            id={ids.date}
            type="date"
            value={datedOn}
            required
            onChange={(e) => setDatedOn(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{t('feedback.signerName')}</label>
          <input
            id={ids.name}
            value={signerName}
            maxLength={200}
            onChange={(e) => setSignerName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.title}>{t('feedback.signerTitle')}</label>
          <input
            id={ids.title}
            value={signerTitle}
            maxLength={200}
            onChange={(e) => setSignerTitle(e.target.value)}
          />
        </div>
        <div className="field wide">
          <label htmlFor={ids.summary}>{t('feedback.summary')}</label>
          <textarea
            id={ids.summary}
            rows={3}
            maxLength={4000}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        </div>
      </div>
      <fieldset className="letter-points-editor">
        <legend>{t('feedback.points')}</legend>
        <ol>
          {points.map((p, i) => (
            <PointEditor
              key={p.key}
              index={i}
              point={p}
              programmes={programmes}
              indicators={indicators}
              locale={locale}
              onChange={(patch) => change(p.key, patch)}
              onRemove={() => setPoints((ps) => ps.filter((x) => x.key !== p.key))}
            />
          ))}
        </ol>
        <div className="row-actions">
          <button
            type="button"
            className="secondary"
            ref={pointsEnd}
            onClick={() =>
              setPoints((ps) => [
                ...ps,
                { key: newKey(), scope: 'programme', code: programmes[0]?.code ?? null, text: '' },
              ])
            }
          >
            {t('feedback.addPoint')}
          </button>
          {programmes.some((p) => p.belowTarget) && (
            <button type="button" className="secondary" onClick={addPerProgramme}>
              {t('feedback.addPerProgramme')}
            </button>
          )}
        </div>
      </fieldset>
      {stale !== undefined && (
        <StaleNotice
          by={
            stale
              ? `${stale.createdBy}, ${formatDateTime(stale.createdAt, locale)} (v${stale.version})`
              : t('improvement.someone')
          }
          stored={stale ? <p className="small">{stale.summary}</p> : <p>{t('feedback.goneMeanwhile')}</p>}
          onKeepMine={() => void save(stale?.version ?? version)}
          onTakeStored={() => props.onCancel()}
        />
      )}
      {error !== null && <ErrorText error={error} />}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('app.saving') : t('feedback.saveDraft')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}

function PointEditor(props: {
  index: number;
  point: PointDraft;
  programmes: readonly TopicChoice[];
  indicators: readonly TopicChoice[];
  locale: Locale;
  onChange(patch: Partial<PointDraft>): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const { point, locale } = props;
  const ids = { scope: useId(), topic: useId(), text: useId() };
  const byProgramme = props.programmes.map((p) => ({
    programme: p,
    indicators: props.indicators.filter((i) => i.programmeCode === p.code),
  }));
  const n = props.index + 1;
  return (
    <li className="point-editor" data-point-editor={n}>
      <div className="point-editor-row">
        <div className="field">
          <label htmlFor={ids.scope}>{t('feedback.pointScope', { n })}</label>
          <select
            id={ids.scope}
            value={point.scope}
            onChange={(e) => {
              const scope = e.target.value as FeedbackScope;
              const code =
                scope === 'overall'
                  ? null
                  : scope === 'programme'
                    ? (props.programmes[0]?.code ?? null)
                    : (props.indicators[0]?.code ?? null);
              props.onChange({ scope, code });
            }}
          >
            {FEEDBACK_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`feedback.scope.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {point.scope !== 'overall' && (
          <div className="field topic-field">
            <label htmlFor={ids.topic}>
              {t(point.scope === 'programme' ? 'feedback.whichProgramme' : 'feedback.whichIndicator')}
            </label>
            <select
              id={ids.topic}
              value={point.code ?? ''}
              onChange={(e) => props.onChange({ code: e.target.value })}
            >
              {point.scope === 'programme'
                ? props.programmes.map((p) => (
                    <option key={p.code} value={p.code}>
                      {choiceLabel(p, t, locale)}
                    </option>
                  ))
                : byProgramme.map(({ programme, indicators }) => (
                    <optgroup key={programme.code} label={`${programme.number} ${programme.name}`}>
                      {indicators.map((i) => (
                        <option key={i.code} value={i.code}>
                          {choiceLabel(i, t, locale)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
            </select>
          </div>
        )}
        <button type="button" className="link-button remove-point" onClick={props.onRemove}>
          {t('feedback.removePoint', { n })}
        </button>
      </div>
      <div className="field">
        <label htmlFor={ids.text}>{t('feedback.pointText', { n })}</label>
        <textarea
          id={ids.text}
          rows={2}
          maxLength={2000}
          value={point.text}
          onChange={(e) => props.onChange({ text: e.target.value })}
        />
      </div>
    </li>
  );
}
