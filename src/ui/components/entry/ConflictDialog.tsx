// Someone saved this indicator-month after the user read it: both values side by side, who stored the
// other one and when, and the user chooses.
import { useEffect, useRef } from 'react';
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime, monthIndex } from '../../lib/dates.ts';
import type { CellState } from '../../lib/entry-state.ts';
import type { IndicatorNode } from '../../lib/grid-rows.ts';
import { valuesText } from './values-text.ts';

export function ConflictDialog(props: {
  indicator: IndicatorNode;
  month: string;
  conflict: NonNullable<CellState['conflict']>;
  onKeepMine(): void;
  onTakeTheirs(): void;
}) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const { theirs, mine } = props.conflict;
  const month = monthNames(t, 'long')[monthIndex(props.month)] ?? props.month;
  return (
    <dialog
      ref={ref}
      className="conflict-dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-intro"
      // The choice must be made: Escape does not dismiss it.
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p id="conflict-intro">{t('conflict.intro', { indicator: props.indicator.name, month })}</p>
      <div className="conflict-values">
        <section className="conflict-side mine" aria-labelledby="conflict-mine">
          <h3 id="conflict-mine">{t('conflict.mine')}</h3>
          <p className="conflict-value" data-testid="conflict-mine">
            {valuesText(mine, props.indicator, t, locale)}
          </p>
        </section>
        <section className="conflict-side theirs" aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs">{t('conflict.theirs')}</h3>
          <p className="conflict-value" data-testid="conflict-theirs">
            {valuesText(theirs, props.indicator, t, locale)}
          </p>
          {theirs && (
            <p className="muted">
              {t('conflict.storedBy', {
                who: theirs.enteredBy,
                when: formatDateTime(theirs.enteredAt, locale),
              })}
            </p>
          )}
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={props.onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="secondary" onClick={props.onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </dialog>
  );
}
