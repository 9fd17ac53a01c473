// A number typed the Indonesian way ("1.240", "95,5"), committed on leaving the field or Enter;
// empty means "none" (the default applies). The reason it is refused is shown beside it.
import { useId, useState } from 'react';
import type { Locale } from '../../../shared/messages/index.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInput, parseNumber } from '../../lib/numbers.ts';

export function AmountInput(props: {
  value: number | null;
  label: string;
  readOnly: boolean;
  onCommit(value: number | null): void;
}) {
  const { t, locale } = useI18n();
  const [text, setText] = useState<string | null>(null);
  const errorId = useId();
  const problem = text === null ? null : check(text, locale, t);
  const commit = () => {
    if (text === null || problem) return;
    const parsed = parseNumber(text, locale);
    setText(null);
    if (parsed.ok && parsed.value !== props.value) props.onCommit(parsed.value);
  };
  return (
    <span className="amount-input">
      <input
        className="num-input"
        inputMode="decimal"
        aria-label={props.label}
        value={text ?? formatInput(props.value, locale)}
        readOnly={props.readOnly}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(null);
        }}
      />
      {problem && (
        <span className="field-error" id={errorId} role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}

function check(text: string, locale: Locale, t: ReturnType<typeof useI18n>['t']): string | null {
  const parsed = parseNumber(text, locale);
  if (!parsed.ok) return t('entry.invalid.not-a-number');
  if (parsed.value !== null && parsed.value < 0) return t('entry.invalid.negative');
  return null;
}
