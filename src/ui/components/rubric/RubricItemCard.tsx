// One management or quality item: its four level texts side by side to choose from (or a percentage
// banded into a level), and a note. Each change saves at once against the version read. The arrow keys
// only move between the levels (a native radio group would choose, and save, at every step); Enter,
// Space or a click chooses.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { RubricItem } from '../../../shared/api/rubric.schema.ts';
import type { RubricLevel } from '../../../domain/catalog/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { formatInput, formatPercent, parseNumber } from '../../lib/numbers.ts';
import { bandLevel, riseLevel } from '../../lib/rubric.ts';
import { ErrorText } from '../ErrorText.tsx';

/** The keys that move between levels without choosing: a step, or the first or last level. */
const LEVEL_STEPS: Readonly<Record<string, 1 | -1 | 'first' | 'last'>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

export interface RubricChange {
  level?: RubricLevel | null;
  percent?: number | null;
  /** Last year's figure of an item that must rise, where the system holds none. */
  previous?: number | null;
  note?: string | null;
  /** Kept in the audit trail with the change (a level confirmed from the meeting records says so). */
  reason?: string;
}

export function RubricItemCard(props: {
  item: RubricItem;
  readOnly: boolean;
  saving: boolean;
  error: unknown;
  onSave(item: RubricItem, change: RubricChange): void;
  /** What the screen adds under the item: the meetings' level proposal, the item's evidence files. */
  footer?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const { item, readOnly } = props;
  const nameId = useId();
  const [percentText, setPercentText] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const parsedPercent = percentText === null ? null : parseNumber(percentText, locale);
  const percentProblem =
    parsedPercent && !parsedPercent.ok
      ? t('entry.invalid.not-a-number')
      : parsedPercent?.ok &&
          parsedPercent.value !== null &&
          (parsedPercent.value < 0 || parsedPercent.value > 100)
        ? t('rubric.percentRange')
        : null;
  const shownPercent = parsedPercent?.ok ? parsedPercent.value : item.percent;
  const lastYear = item.lastYear;
  const levelOf = (figure: number) =>
    lastYear ? riseLevel(figure, lastYear.figure, item.bands) : bandLevel(figure, item.bands);
  const previewLevel = shownPercent === null ? null : levelOf(shownPercent);

  const commitPercent = () => {
    if (percentText === null || percentProblem || !parsedPercent?.ok) return;
    setPercentText(null);
    if (parsedPercent.value !== item.percent) props.onSave(item, { percent: parsedPercent.value });
  };
  const choose = (level: RubricLevel) => {
    if (level !== item.level) props.onSave(item, { level });
  };
  const onLevelKey = (e: KeyboardEvent<HTMLInputElement>, level: RubricLevel) => {
    const step = LEVEL_STEPS[e.key];
    if (step !== undefined) {
      e.preventDefault();
      const radios = [
        ...(e.currentTarget
          .closest('fieldset')
          ?.querySelectorAll<HTMLInputElement>('input[type="radio"]:not(:disabled)') ?? []),
      ];
      const at = radios.indexOf(e.currentTarget);
      const next =
        step === 'first'
          ? 0
          : step === 'last'
            ? radios.length - 1
            : (at + step + radios.length) % radios.length;
      radios[next]?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(level);
    }
  };
  const commitNote = () => {
    if (note === null) return;
    setNote(null);
    const trimmed = note.trim() === '' ? null : note.trim();
    if (trimmed !== (item.note ?? null)) props.onSave(item, { note: trimmed });
  };

  return (
    <article
      className="rubric-item"
      id={`item-${item.code}`}
      aria-labelledby={nameId}
      data-testid={`rubric-${item.code}`}
    >
      <header className="rubric-item-head">
        <h3 id={nameId}>
          <span className="muted">{item.number}</span> {item.name}
        </h3>
        <p className="rubric-meta">
          {item.target && <span>{t('rubric.target', { target: item.target })}</span>}
          <span className={`rubric-score${item.score === null ? ' none' : ''}`}>
            {item.score === null ? t('rubric.notScored') : t('rubric.level', { level: item.score })}
          </span>
          {props.saving && <span className="saving">{t('app.saving')}</span>}
        </p>
      </header>
      {item.definition && <p className="hint">{t('rubric.definition', { definition: item.definition })}</p>}
      {item.input === 'level' ? (
        <fieldset className="rubric-levels" disabled={readOnly}>
          <legend className="visually-hidden">{t('rubric.choose', { name: item.name })}</legend>
          {item.levels.map((l) => (
            <label
              key={l.level}
              className={`rubric-level${item.level === l.level ? ' chosen' : ''}${l.selectable ? '' : ' blank'}`}
            >
              <input
                type="radio"
                name={`level-${item.code}`}
                value={l.level}
                checked={item.level === l.level}
                disabled={!l.selectable || readOnly}
                onChange={() => choose(l.level)}
                onKeyDown={(e) => onLevelKey(e, l.level)}
              />
              <span className="rubric-level-head">{t('rubric.level', { level: l.level })}</span>
              <span className="rubric-level-text">{l.text || t('rubric.blank')}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="rubric-percent">
          <div className="rubric-levels static" aria-hidden="true">
            {item.levels.map((l) => (
              <div key={l.level} className={`rubric-level${previewLevel === l.level ? ' chosen' : ''}`}>
                <span className="rubric-level-head">{t('rubric.level', { level: l.level })}</span>
                <span className="rubric-level-text">{l.text || t('rubric.blank')}</span>
              </div>
            ))}
          </div>
          <div className="field inline">
            <label htmlFor={`percent-${item.code}`}>
              {lastYear
                ? t('rubric.figureLabel', { name: item.number, year: lastYear.year + 1 })
                : t('rubric.percentLabel', { name: item.number })}
            </label>
            <input
              id={`percent-${item.code}`}
              className="num-input"
              inputMode="decimal"
              value={percentText ?? formatInput(item.percent, locale)}
              readOnly={readOnly}
              aria-invalid={percentProblem ? true : undefined}
              onChange={(e) => setPercentText(e.target.value)}
              onBlur={commitPercent}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commitPercent();
                if (e.key === 'Escape') setPercentText(null);
              }}
            />
            {!lastYear && <span>%</span>}
            <span className="muted" role="status">
              {shownPercent === null
                ? ''
                : previewLevel === null
                  ? t('rubric.needsLastYear')
                  : t('rubric.banded', {
                      level: previewLevel,
                      percent: lastYear
                        ? formatInput(shownPercent, locale)
                        : formatPercent(shownPercent, 2, locale),
                    })}
            </span>
          </div>
          {lastYear && (
            <LastYearFigure
              item={item}
              readOnly={readOnly}
              onSave={(previous) => props.onSave(item, { previous })}
            />
          )}
          {percentProblem && (
            <p className="error" role="alert">
              {percentProblem}
            </p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`note-${item.code}`}>{t('rubric.note')}</label>
        <textarea
          id={`note-${item.code}`}
          rows={2}
          value={note ?? item.note ?? ''}
          readOnly={readOnly}
          onChange={(e) => setNote(e.target.value)}
          onBlur={commitNote}
        />
      </div>
      {props.footer}
      {item.enteredBy && (
        <p className="muted small">
          {t('rubric.lastChange', { who: item.enteredBy, when: formatDateTime(item.enteredAt, locale) })}
        </p>
      )}
      {props.error !== null && props.error !== undefined && <ErrorText error={props.error} />}
    </article>
  );
}

/**
 * Last year's figure of an item that must rise: the system's, shown (it follows last year's data), or
 * — where the system holds none — a field the Puskesmas fills in.
 */
function LastYearFigure(props: {
  item: RubricItem;
  readOnly: boolean;
  onSave(previous: number | null): void;
}) {
  const { t, locale } = useI18n();
  const { item } = props;
  const lastYear = item.lastYear!;
  const [text, setText] = useState<string | null>(null);
  const parsed = text === null ? null : parseNumber(text, locale);
  const problem =
    parsed && !parsed.ok
      ? t('entry.invalid.not-a-number')
      : parsed?.ok && parsed.value !== null && (parsed.value < 0 || parsed.value > 100)
        ? t('rubric.percentRange')
        : null;
  const commit = () => {
    if (text === null || problem || !parsed?.ok) return;
    setText(null);
    if (parsed.value !== lastYear.figure) props.onSave(parsed.value);
  };
  if (lastYear.from === 'system')
    return (
      <p className="hint" data-testid={`last-year-${item.code}`}>
        {t('rubric.lastYearSystem', {
          year: lastYear.year,
          figure: lastYear.figure === null ? '–' : formatInput(lastYear.figure, locale),
        })}
      </p>
    );
  const id = `previous-${item.code}`;
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('rubric.lastYearLabel', { year: lastYear.year })}</label>
      <input
        id={id}
        className="num-input"
        inputMode="decimal"
        value={text ?? formatInput(lastYear.figure, locale)}
        readOnly={props.readOnly}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(null);
        }}
      />
      <span className="muted" id={`${id}-hint`}>
        {t('rubric.lastYearHint', { year: lastYear.year })}
      </span>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
