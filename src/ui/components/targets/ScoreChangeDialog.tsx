// Before a target or sasaran change that moves the indicator's score by more than a few points is
// saved: the score before and after (and the service axis), and the choice to save or keep the value.
import { useEffect, useRef } from 'react';
import type { TargetPreview, TargetRow } from '../../../shared/api/targets.schema.ts';
import { exclusionLabel } from '../../../shared/labels.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatAxis } from '../../lib/figures.ts';
import { formatFixed } from '../../lib/numbers.ts';
import type { Locale } from '../../../shared/messages/index.ts';

/** "SPM 6" as Puskesmas staff say it; another indicator by its name (its number repeats per group). */
export function indicatorLabel(row: Pick<TargetRow, 'cluster' | 'number' | 'name'>): string {
  return row.cluster === 'spm' ? `SPM ${row.number.replace(/[.)]$/, '')}` : row.name;
}

function figure(f: TargetPreview['indicator']['before'], t: Translate, locale: Locale): string {
  if (f.score !== null) return formatFixed(f.score, 1, locale);
  return f.excluded
    ? t('targets.notScoredBecause', { reason: exclusionLabel(f.excluded, locale) })
    : t('targets.notScored');
}

export function ScoreChangeDialog(props: {
  row: TargetRow;
  preview: TargetPreview;
  onSave(): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The field the change was typed in gets the focus back once the question is answered.
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // Enter right after typing must not save a figure the user has not looked at: "Batal" has the focus.
    cancel.current?.focus();
    return () => {
      if (from?.isConnected) from.focus();
    };
  }, []);
  const { indicator, service } = props.preview;
  const label = indicatorLabel(props.row);
  return (
    <dialog
      ref={ref}
      className="score-change-dialog"
      aria-labelledby="score-change-title"
      aria-describedby="score-change-text"
      // Escape keeps the stored value, as "Batal" does.
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="score-change-title">{t('targets.confirmTitle', { indicator: label })}</h2>
      <p className="muted">
        {props.row.number} {props.row.name}
      </p>
      <p id="score-change-text" data-testid="score-change-text">
        {t('targets.confirmScore', {
          indicator: label,
          before: figure(indicator.before, t, locale),
          after: figure(indicator.after, t, locale),
        })}
      </p>
      {service.before !== service.after && (
        <p className="muted" data-testid="score-change-service">
          {t('targets.confirmService', {
            before: formatAxis('service', service.before, locale),
            after: formatAxis('service', service.after, locale),
          })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={props.onSave}>
          {t('app.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} ref={cancel}>
          {t('app.cancel')}
        </button>
      </div>
    </dialog>
  );
}
