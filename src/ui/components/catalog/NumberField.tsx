// A number typed the Indonesian way ("8,5", "1.000"): kept as typed while the field has the focus,
// read when it leaves (or on Enter); a text that is no number stays, marked, and changes nothing.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInput, parseNumber } from '../../lib/numbers.ts';

export function NumberField(props: {
  label: string;
  value: number | null | undefined;
  readOnly: boolean;
  /** Whether the field may be left empty (a row without a target number). */
  optional?: boolean;
  onChange(value: number | null): void;
  className?: string;
}) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseNumber(draft, locale);
  const invalid = parsed !== null && (!parsed.ok || (parsed.value === null && !props.optional));
  const commit = () => {
    if (parsed === null || invalid || !parsed.ok) return;
    setDraft(null);
    if (parsed.value !== (props.value ?? null)) props.onChange(parsed.value);
  };
  return (
    <input
      className={props.className}
      aria-label={props.label}
      inputMode="decimal"
      autoComplete="off"
      readOnly={props.readOnly}
      value={draft ?? formatInput(props.value, locale)}
      aria-invalid={invalid || undefined}
      title={invalid ? t('catalog.notANumber') : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
