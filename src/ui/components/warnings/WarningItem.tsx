// One plausibility warning: what kind, which indicator, the sentence with its figures, where to
// correct it, and — open or checked — the check with its note, which the user may give or change.
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { WarningView } from '../../../shared/api/warnings.schema.ts';
import { checkWarning } from '../../endpoints/warnings.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { paths } from '../../lib/navigation.ts';
import { errorMessage } from '../ErrorText.tsx';

export interface WarningItemProps {
  warning: WarningView;
  puskesmasCode: string;
  year: number;
  /** The user may mark it checked (role and the year's status). */
  mayCheck: boolean;
  /** The level of the warning's heading: 2 in a list of its own, 3 under a Puskesmas' heading. */
  headingLevel: 2 | 3;
  /**
   * After a check, or when the server says the figures moved or the warning is gone: the list
   * reloads, and shows `notice` (the server's words) where the item may have disappeared.
   */
  onChanged(notice: string | null): void;
}

/** Where the figure is corrected: the grid cell for a month or a year's total, the targets for a sasaran. */
function correctionPath(warning: WarningView, code: string, year: number): string {
  if (warning.kind === 'sasaran-profile' || (warning.kind === 'not-counted' && warning.month === null))
    return paths.targets(code, year);
  const params = new URLSearchParams({ indicator: warning.indicator.code });
  if (warning.month) params.set('month', warning.month);
  return `${paths.entries(code, year)}?${params.toString()}`;
}

export function WarningItem(props: WarningItemProps) {
  const { warning, puskesmasCode, year, mayCheck, onChanged } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteId = useId();
  const problemId = useId();
  const checked = warning.check;
  const showForm = mayCheck && editing;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() === '') {
      setProblem(t('warnings.noteRequired'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await checkWarning(puskesmasCode, year, {
        key: warning.key,
        fingerprint: warning.fingerprint,
        note: note.trim(),
      });
      if (outcome.ok) {
        setEditing(false);
        setNote('');
        onChanged(null);
      } else {
        // The figures moved while the user read them (or the warning is gone): say so, show the new ones.
        setProblem(outcome.conflict.message);
        onChanged(outcome.conflict.message);
      }
    } catch (error) {
      setProblem(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={`warning-item ${checked ? 'warning-checked' : 'warning-open'}`}
      data-warning-key={warning.key}
      aria-labelledby={`${noteId}-title`}
    >
      <header className="warning-head">
        <span className={`badge ${checked ? 'badge-hijau' : 'badge-kuning'}`}>
          {checked ? `✓ ${t('warnings.filter.checked')}` : `⚠ ${t('warnings.open')}`}
        </span>
        <span className="warning-kind">{t(`warnings.kind.${warning.kind}`)}</span>
      </header>
      <Heading className="warning-title" id={`${noteId}-title`}>
        <span className="muted">{warning.indicator.number}</span> {warning.indicator.name}{' '}
        <span className="muted small">
          · {warning.indicator.programme} · {warning.indicator.code}
        </span>
      </Heading>
      <p className="warning-sentence">{warning.sentence[locale]}</p>
      <p className="warning-links">
        <Link to={correctionPath(warning, puskesmasCode, year)}>
          {warning.kind === 'sasaran-profile' || (warning.kind === 'not-counted' && warning.month === null)
            ? t('warnings.openTargets')
            : t('warnings.openInGrid')}
        </Link>
      </p>
      {!checked && mayCheck && !editing && (
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t('warnings.check')}
        </button>
      )}
      {checked && (
        <div className="warning-check">
          <p className="warning-check-who">
            {t('warnings.checkedBy', {
              who: checked.checkedBy,
              when: formatDateTime(checked.checkedAt, locale),
            })}
          </p>
          <p className="warning-note">“{checked.note}”</p>
          {mayCheck && !editing && (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('warnings.recheck')}
            </button>
          )}
        </div>
      )}
      {showForm && (
        <form className="warning-form" onSubmit={submit} noValidate>
          <label htmlFor={noteId}>{t('warnings.note')}</label>
          <textarea
            id={noteId}
            // Opened by the user's own click on "mark as checked": the note is what comes next.
            autoFocus
            value={note}
            rows={2}
            maxLength={1000}
            placeholder={t('warnings.notePlaceholder')}
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {busy ? t('app.saving') : t('app.save')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setEditing(false);
                setProblem(null);
              }}
            >
              {t('app.cancel')}
            </button>
          </div>
        </form>
      )}
      {problem && (
        <p className="error" role="alert" id={problemId}>
          {problem}
        </p>
      )}
    </article>
  );
}
