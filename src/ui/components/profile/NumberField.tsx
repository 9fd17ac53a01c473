// A labelled number field for a form saved as a whole: Indonesian input, the problem in words.
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInput, parseNumber } from '../../lib/numbers.ts';

export function NumberField(props: {
  label: string;
  value: number | null;
  readOnly: boolean;
  integer?: boolean;
  /** Hidden label: the field sits in a table whose header names it. */
  bare?: boolean;
  onChange(value: number | null): void;
  onProblem?(field: string, problem: string | null): void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const parsed = text === null ? null : parseNumber(text, locale);
  const problem =
    parsed === null
      ? null
      : !parsed.ok
        ? t('entry.invalid.not-a-number')
        : parsed.value !== null && parsed.value < 0
          ? t('entry.invalid.negative')
          : props.integer && parsed.value !== null && !Number.isInteger(parsed.value)
            ? t('profile.wholeNumber')
            : null;
  const input = (
    <input
      id={id}
      className="num-input"
      inputMode={props.integer ? 'numeric' : 'decimal'}
      value={text ?? formatInput(props.value, locale)}
      readOnly={props.readOnly}
      aria-label={props.bare ? props.label : undefined}
      aria-invalid={problem ? true : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const p = parseNumber(e.target.value, locale);
        const bad =
          !p.ok || (p.value !== null && (p.value < 0 || (props.integer && !Number.isInteger(p.value))));
        props.onProblem?.(id, bad ? props.label : null);
        if (!bad && p.ok) props.onChange(p.value);
      }}
      onBlur={() => {
        if (!problem) setText(null);
      }}
    />
  );
  if (props.bare) {
    return (
      <>
        {input}
        {problem && (
          <span className="field-error" role="alert">
            {problem}
          </span>
        )}
      </>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {input}
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
