// One RTL action (Bab VI): what is done, what it aims at, who is in charge, when, from which budget,
// its status and what was done so far. A start after the due date is refused before it is sent.
import { useId, useState } from 'react';
import { BUDGET_SOURCES, RTL_STATUSES, type RtlStatus } from '../../../domain/improvement/rtl.ts';
import type { AnalysisView, RtlActionView } from '../../../shared/api/analysis.schema.ts';
import { createAction, updateAction } from '../../endpoints/analysis.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { ErrorText } from '../ErrorText.tsx';
import { StaleNotice } from '../feedback/StaleNotice.tsx';

const OTHER = '__lainnya__';

export function ActionForm(props: {
  code: string;
  year: number;
  indicatorCode: string;
  /** Null for a new action. */
  action: RtlActionView | null;
  onSaved(view: AnalysisView): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const a = props.action;
  const known = (s: string | null) => s === null || (BUDGET_SOURCES as readonly string[]).includes(s);
  const [action, setAction] = useState(a?.action ?? '');
  const [target, setTarget] = useState(a?.target ?? '');
  const [person, setPerson] = useState(a?.personInCharge ?? '');
  const [startOn, setStartOn] = useState(a?.startOn ?? '');
  const [dueOn, setDueOn] = useState(a?.dueOn ?? '');
  const [budget, setBudget] = useState(
    a?.budgetSource === null || a === null ? '' : known(a.budgetSource) ? a.budgetSource : OTHER,
  );
  const [otherBudget, setOtherBudget] = useState(a && !known(a.budgetSource) ? (a.budgetSource ?? '') : '');
  const [status, setStatus] = useState<RtlStatus>(a?.status ?? 'direncanakan');
  const [followUp, setFollowUp] = useState(a?.followUp ?? '');
  const [version, setVersion] = useState(a?.version ?? 0);
  const [stale, setStale] = useState<{ view: AnalysisView; current: RtlActionView | undefined } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const base = useId();
  const id = (part: string) => `${base}-${part}`;

  function check(): string[] {
    const missing: string[] = [];
    if (action.trim() === '') missing.push(t('rtl.action'));
    if (target.trim() === '') missing.push(t('rtl.target'));
    if (person.trim() === '') missing.push(t('rtl.person'));
    if (dueOn === '') missing.push(t('rtl.dueOn'));
    if (budget === OTHER && otherBudget.trim() === '') missing.push(t('rtl.budgetOther'));
    return missing;
  }

  async function save(expectedVersion: number) {
    const missing = check();
    const wrongWay = startOn !== '' && dueOn !== '' && startOn > dueOn;
    setProblems([
      ...(missing.length ? [t('rtl.missing', { fields: missing.join(', ') })] : []),
      ...(wrongWay ? [t('rtl.datesWrongWay')] : []),
    ]);
    if (missing.length || wrongWay) return;
    setBusy(true);
    setError(null);
    const body = {
      indicatorCode: props.indicatorCode,
      action,
      target,
      personInCharge: person,
      startOn: startOn === '' ? null : startOn,
      dueOn,
      budgetSource: budget === '' ? null : budget === OTHER ? otherBudget : budget,
      status,
      followUp: followUp.trim() === '' ? null : followUp,
    };
    try {
      const outcome =
        a === null
          ? await createAction(props.code, props.year, body)
          : await updateAction(props.code, props.year, a.id, { ...body, expectedVersion });
      if (outcome.ok) {
        props.onSaved(outcome.data);
        return;
      }
      const current = outcome.conflict.current.actions.find((x) => x.id === a?.id);
      setStale({ view: outcome.conflict.current, current });
      setVersion(current?.version ?? expectedVersion);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const title = a ? t('rtl.editTitle') : t('rtl.newTitle');
  return (
    <form
      className="action-form"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(version);
      }}
    >
      <h4>{title}</h4>
      <div className="form-grid four">
        <div className="field wide">
          <label htmlFor={id('action')}>{t('rtl.action')}</label>
          <textarea
            id={id('action')}
            rows={2}
            maxLength={1000}
            value={action}
            onChange={(e) => setAction(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('target')}>{t('rtl.target')}</label>
          <input
            id={id('target')}
            maxLength={500}
            value={target}
            placeholder={t('rtl.targetPlaceholder')}
            onChange={(e) => setTarget(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('person')}>{t('rtl.person')}</label>
          <input
            id={id('person')}
            maxLength={200}
            value={person}
            onChange={(e) => setPerson(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('start')}>{t('rtl.startOn')}</label>
          <input id={id('start')} type="date" value={startOn} onChange={(e) => setStartOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id('due')}>{t('rtl.dueOn')}</label>
          <input
            id={id('due')}
            type="date"
            value={dueOn}
            required
            onChange={(e) => setDueOn(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('budget')}>{t('rtl.budget')}</label>
          <select id={id('budget')} value={budget} onChange={(e) => setBudget(e.target.value)}>
            <option value="">{t('rtl.budgetNone')}</option>
            {BUDGET_SOURCES.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
            <option value={OTHER}>{t('rtl.budgetOtherOption')}</option>
          </select>
        </div>
        {budget === OTHER && (
          <div className="field">
            <label htmlFor={id('other')}>{t('rtl.budgetOther')}</label>
            <input
              id={id('other')}
              maxLength={100}
              value={otherBudget}
              onChange={(e) => setOtherBudget(e.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor={id('status')}>{t('rtl.status')}</label>
          <select id={id('status')} value={status} onChange={(e) => setStatus(e.target.value as RtlStatus)}>
            {RTL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`rtl.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field wide">
          <label htmlFor={id('followUp')}>{t('rtl.followUp')}</label>
          <textarea
            id={id('followUp')}
            rows={2}
            maxLength={4000}
            value={followUp}
            onChange={(e) => setFollowUp(e.target.value)}
          />
        </div>
      </div>
      {problems.map((p) => (
        <p key={p} className="field-error" role="alert">
          {p}
        </p>
      ))}
      {stale && (
        <StaleNotice
          by={
            stale.current
              ? `${stale.current.updatedBy}, ${formatDateTime(stale.current.updatedAt, locale)}`
              : t('improvement.someone')
          }
          stored={
            stale.current ? (
              <p>
                {stale.current.action} — {t(`rtl.status.${stale.current.status}`)}
              </p>
            ) : null
          }
          onKeepMine={() => void save(stale.current?.version ?? version)}
          onTakeStored={() => props.onSaved(stale.view)}
        />
      )}
      {error !== null && <ErrorText error={error} />}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('app.saving') : t('rtl.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
