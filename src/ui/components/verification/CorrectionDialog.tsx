// Dinkes' figure for one month, one target row or one rubric item, with the reason: the Puskesmas'
// figure stays shown above the fields, and nothing is sent without a reason.
import { useId, useState, type FormEvent } from 'react';
import { useModal } from '../use-modal.ts';
import type { EntryField } from '../../../domain/assessment/entry-fields.ts';
import type { CorrectionBody, VerificationIndicator } from '../../../shared/api/verification.schema.ts';
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { monthIndex } from '../../lib/dates.ts';
import { formatInput, parseNumber } from '../../lib/numbers.ts';
import { monthText, parseMonth, rubricText, targetText } from '../../lib/verification.ts';
import { lineLabel } from '../entry/cell-text.ts';

export type CorrectionSubject = { kind: 'value'; month: string } | { kind: 'target' } | { kind: 'rubric' };

export function CorrectionDialog(props: {
  indicator: VerificationIndicator;
  subject: CorrectionSubject;
  onSave(body: CorrectionBody): Promise<void>;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const { indicator, subject } = props;
  const ref = useModal();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');

  // The figures in force at the verified stage start the fields: Dinkes' if it corrected, else the Puskesmas'.
  const month =
    subject.kind === 'value' ? indicator.months.find((m) => m.month === subject.month) : undefined;
  const monthInForce = month?.correction ?? month?.own ?? null;
  const [texts, setTexts] = useState<Partial<Record<EntryField, string>>>(() =>
    Object.fromEntries(
      indicator.fields.map((f) => [
        f,
        f === 'flag'
          ? monthInForce?.flag == null
            ? ''
            : monthInForce.flag
              ? 'yes'
              : 'no'
          : formatInput(monthInForce?.[f] ?? null, locale),
      ]),
    ),
  );
  const targetInForce = indicator.target.correction ?? indicator.target.own;
  const [target, setTarget] = useState({
    sasaran: formatInput(targetInForce?.sasaran ?? null, locale),
    target: formatInput(targetInForce?.target ?? null, locale),
    targetSasaran: formatInput(targetInForce?.targetSasaran ?? null, locale),
    applicable: targetInForce?.applicable ?? true,
    notApplicableReason: targetInForce?.notApplicableReason ?? '',
  });
  const rubricInForce = indicator.rubric?.correction ?? indicator.rubric?.own ?? null;
  const [level, setLevel] = useState(
    rubricInForce?.level === null || !rubricInForce ? '' : String(rubricInForce.level),
  );
  const [percent, setPercent] = useState(formatInput(rubricInForce?.percent ?? null, locale));

  const versionOf = () => {
    if (subject.kind === 'value') return month?.correction?.version ?? 0;
    if (subject.kind === 'target') return indicator.target.correction?.version ?? 0;
    return indicator.rubric?.correction?.version ?? 0;
  };

  const number = (text: string, label: string): number | null => {
    const parsed = parseNumber(text, locale);
    if (!parsed.ok) throw new Error(t('verify.invalidNumber', { field: label }));
    return parsed.value;
  };

  const bodyOf = (): CorrectionBody => {
    const common = { reason: reason.trim(), expectedVersion: versionOf() };
    if (subject.kind === 'value') {
      const parsed = parseMonth(indicator.fields, texts, locale);
      if (!parsed.ok)
        throw new Error(t('verify.invalidNumber', { field: lineLabel(indicator, parsed.field, t) }));
      return { kind: 'value', month: subject.month, ...parsed.figures, ...common };
    }
    if (subject.kind === 'target')
      return {
        kind: 'target',
        sasaran: number(target.sasaran, t('verify.sasaran')),
        target: number(target.target, t('verify.target')),
        targetSasaran: number(target.targetSasaran, t('verify.targetSasaran')),
        applicable: target.applicable,
        notApplicableReason: target.applicable ? null : target.notApplicableReason.trim() || null,
        ...common,
      };
    return indicator.rubric?.input === 'percent'
      ? { kind: 'rubric', percent: number(percent, t('verify.percent')), ...common }
      : { kind: 'rubric', level: level === '' ? null : (Number(level) as 0 | 4 | 7 | 10), ...common };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setError(t('verify.reasonMissing'));
      return;
    }
    setBusy(true);
    try {
      await props.onSave(bodyOf());
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  const own =
    subject.kind === 'value'
      ? monthText(indicator.fields, month?.own ?? null, t, locale)
      : subject.kind === 'target'
        ? targetText(indicator.target.own, t, locale)
        : rubricText(
            indicator.rubric?.own ?? null,
            t,
            locale,
            indicator.rubric?.mustRise ? indicator.rubric.lastYear : undefined,
          );
  const what =
    subject.kind === 'value'
      ? t('verify.correctMonth', {
          month: `${monthNames(t, 'long')[monthIndex(subject.month)] ?? ''} ${subject.month.slice(0, 4)}`,
        })
      : subject.kind === 'target'
        ? t('verify.targetRow')
        : t('verify.rubricRow');

  return (
    <dialog
      ref={ref}
      className="verify-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>
          {t('verify.correctTitle', { indicator: `${indicator.number} ${indicator.name}` })}
        </h2>
        <p className="muted">
          {what} · {t('verify.own')}: <strong>{own}</strong>
        </p>
        {subject.kind === 'value' && (
          <fieldset className="verify-fields">
            <legend>{t('verify.dinkes')}</legend>
            {indicator.fields.map((field) =>
              field === 'flag' ? (
                <div className="field" key={field}>
                  <label htmlFor={`${id}-${field}`}>{lineLabel(indicator, field, t)}</label>
                  <select
                    id={`${id}-${field}`}
                    value={texts.flag ?? ''}
                    onChange={(e) => setTexts((s) => ({ ...s, flag: e.target.value }))}
                  >
                    <option value="">{t('verify.empty')}</option>
                    <option value="yes">{t('verify.yes')}</option>
                    <option value="no">{t('verify.no')}</option>
                  </select>
                </div>
              ) : (
                <div className="field" key={field}>
                  <label htmlFor={`${id}-${field}`}>{lineLabel(indicator, field, t)}</label>
                  <input
                    id={`${id}-${field}`}
                    className="num-input"
                    inputMode="decimal"
                    value={texts[field] ?? ''}
                    onChange={(e) => setTexts((s) => ({ ...s, [field]: e.target.value }))}
                  />
                </div>
              ),
            )}
            <p className="hint">{t('verify.emptyHint')}</p>
          </fieldset>
        )}
        {subject.kind === 'target' && (
          <fieldset className="verify-fields">
            <legend>{t('verify.dinkes')}</legend>
            {(['sasaran', 'target', 'targetSasaran'] as const).map((key) => (
              <div className="field" key={key}>
                <label htmlFor={`${id}-${key}`}>{t(`verify.${key}`)}</label>
                <input
                  id={`${id}-${key}`}
                  className="num-input"
                  inputMode="decimal"
                  value={target[key]}
                  onChange={(e) => setTarget((s) => ({ ...s, [key]: e.target.value }))}
                />
              </div>
            ))}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={target.applicable}
                onChange={(e) => setTarget((s) => ({ ...s, applicable: e.target.checked }))}
              />
              {t('verify.applicable')}
            </label>
            {!target.applicable && (
              <div className="field">
                <label htmlFor={`${id}-na`}>{t('verify.notApplicableReason')}</label>
                <input
                  id={`${id}-na`}
                  value={target.notApplicableReason}
                  maxLength={500}
                  onChange={(e) => setTarget((s) => ({ ...s, notApplicableReason: e.target.value }))}
                />
              </div>
            )}
          </fieldset>
        )}
        {subject.kind === 'rubric' && indicator.rubric && (
          <fieldset className="verify-fields">
            <legend>{t('verify.dinkes')}</legend>
            {indicator.rubric.input === 'percent' ? (
              <div className="field">
                <label htmlFor={`${id}-percent`}>{t('verify.percent')}</label>
                <input
                  id={`${id}-percent`}
                  className="num-input"
                  inputMode="decimal"
                  value={percent}
                  onChange={(e) => setPercent(e.target.value)}
                />
              </div>
            ) : (
              <div className="field">
                <label htmlFor={`${id}-level`}>{t('verify.level')}</label>
                <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value)}>
                  <option value="">{t('verify.empty')}</option>
                  {indicator.rubric.levels
                    .filter((l) => l.selectable)
                    .map((l) => (
                      <option key={l.level} value={String(l.level)}>
                        {l.level} — {l.text}
                      </option>
                    ))}
                </select>
              </div>
            )}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('verify.reason')}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={1000}
            required
            value={reason}
            aria-invalid={error !== null && reason.trim() === '' ? true : undefined}
            aria-describedby={`${id}-reason-help${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
          <span id={`${id}-reason-help`} className="hint">
            {t('verify.reasonHelp')}
          </span>
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" disabled={busy}>
            {t('app.save')}
          </button>
          <button type="button" className="secondary" onClick={props.onClose}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
