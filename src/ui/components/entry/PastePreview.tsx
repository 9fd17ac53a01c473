// What a pasted block would change, before it changes anything: each cell old → new, how many, the
// empty cells that leave stored values alone (unless the user ticks the box), and what cannot be placed.
import { useEffect, useRef, useState } from 'react';
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { monthIndex } from '../../lib/dates.ts';
import type { IndicatorNode } from '../../lib/grid-rows.ts';
import type { PastePlan, PastedCell } from '../../lib/paste-plan.ts';
import { invalidText, lineLabel } from './cell-text.ts';

export function PastePreview(props: {
  plan: PastePlan<IndicatorNode>;
  onApply(eraseBlanks: boolean): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [erase, setErase] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const { plan } = props;
  const cells = erase ? [...plan.changes, ...plan.blanks] : plan.changes;
  const invalid = plan.changes.filter((c) => c.problem !== null).length;
  const unplaced = plan.unplaced.reduce((n, r) => n + r.cells, 0);
  const months = monthNames(t, 'short');
  const shown = (text: string) => (text === '' ? t('paste.empty') : text);
  const line = (c: PastedCell<IndicatorNode>) =>
    c.indicator.fields.length > 1 ? ` · ${lineLabel(c.indicator, c.field, t)}` : '';
  return (
    <dialog
      ref={ref}
      className="paste-preview"
      aria-labelledby="paste-title"
      aria-describedby="paste-summary"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="paste-title">{t('paste.title')}</h2>
      <div id="paste-summary">
        <p>
          <strong>
            {cells.length > 0 ? t('paste.summary', { count: cells.length }) : t('paste.nothing')}
          </strong>{' '}
          {plan.mode === 'by-indicator' ? t('paste.byIndicator') : t('paste.byLine')}
        </p>
        {(plan.same > 0 || plan.headings > 0 || invalid > 0) && (
          <p className="muted">
            {[
              plan.same > 0 && t('paste.same', { count: plan.same }),
              plan.headings > 0 && t('paste.headings', { count: plan.headings }),
              invalid > 0 && t('paste.invalid', { count: invalid }),
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        )}
      </div>
      {plan.blanks.length > 0 && (
        <div className="paste-blanks">
          {!erase && <p className="hint">{t('paste.blanksKept', { count: plan.blanks.length })}</p>}
          <label className="checkbox">
            <input type="checkbox" checked={erase} onChange={(e) => setErase(e.target.checked)} />
            <span>{t('paste.eraseBlanks', { count: plan.blanks.length })}</span>
          </label>
        </div>
      )}
      {cells.length > 0 && (
        <div className="paste-changes" tabIndex={0} role="region" aria-label={t('paste.colChange')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('paste.colIndicator')}</th>
                <th scope="col">{t('paste.colMonth')}</th>
                <th scope="col">{t('paste.colChange')}</th>
              </tr>
            </thead>
            <tbody>
              {cells.map((c) => (
                <tr
                  key={`${c.indicator.code}|${c.field}|${c.month}`}
                  data-state={c.problem ? 'invalid' : undefined}
                >
                  <th scope="row">
                    <span className="muted">{c.indicator.number}</span> {c.indicator.name}
                    {line(c)}
                  </th>
                  <td>{months[monthIndex(c.month)] ?? c.month}</td>
                  <td className="paste-change">
                    <span className="old">{shown(c.from)}</span> → <strong>{shown(c.to)}</strong>
                    {c.problem && <span className="problem"> ⚠ {invalidText(c.problem, t)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.unplaced.length > 0 && (
        <section className="paste-unplaced" aria-labelledby="paste-unplaced-title">
          <h3 id="paste-unplaced-title">{t('paste.unplacedTitle', { count: unplaced })}</h3>
          <ul>
            {plan.unplaced.map((r) => (
              <li key={`${r.row}|${r.reason}`}>
                {t('paste.row', { row: r.row })}
                {r.label ? ` · ${r.label}` : ''} — {t(`paste.reason.${r.reason}`)} (
                {t('paste.cells', { count: r.cells })})
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" disabled={cells.length === 0} onClick={() => props.onApply(erase)}>
          {t('paste.apply', { count: cells.length })}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </dialog>
  );
}
