// A question that needs words before it is done: the comment of a return, the reason a correction is
// withdrawn. Nothing is sent without them; the server's refusal shows in the dialog.
import { useId, useState, type FormEvent } from 'react';
import { useModal } from '../use-modal.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';

export function TextDialog(props: {
  title: string;
  /** What the dialog is about, in a line under the title. */
  about?: string;
  label: MessageKey;
  missing: MessageKey;
  submit: MessageKey;
  onSubmit(text: string): Promise<void>;
  onClose(): void;
}) {
  const { t } = useI18n();
  const ref = useModal();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError(t(props.missing));
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(text.trim());
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
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
        <h2 id={`${id}-title`}>{props.title}</h2>
        {props.about && <p className="muted">{props.about}</p>}
        <div className="field">
          <label htmlFor={`${id}-text`}>{t(props.label)}</label>
          <textarea
            id={`${id}-text`}
            rows={4}
            maxLength={1000}
            value={text}
            required
            aria-invalid={error !== null || undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" disabled={busy}>
            {t(props.submit)}
          </button>
          <button type="button" className="secondary" onClick={props.onClose}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
