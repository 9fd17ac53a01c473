// Changing one's own password; the first screen of an account whose password an admin set.
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '../../shared/api/auth.schema.ts';
import { request } from '../api.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession, useUser } from '../session/session.tsx';

export function ChangePassword() {
  const { t } = useI18n();
  usePageTitle([t('nav.password')]);
  const user = useUser();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const ruleId = useId();

  const problem = next === '' ? null : passwordProblem(user.username, next);
  const localError =
    problem === 'PASSWORD_TOO_SHORT'
      ? t('password.tooShort', { min: PASSWORD_MIN_LENGTH })
      : problem === 'PASSWORD_IS_USERNAME'
        ? t('password.isUsername')
        : repeat !== '' && repeat !== next
          ? t('password.mismatch')
          : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (localError || current === '' || next === '' || repeat !== next) return;
    setBusy(true);
    setError(null);
    try {
      await request('POST', '/api/auth/password', z.unknown(), {
        body: { currentPassword: current, newPassword: next },
      });
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
      const wasForced = user.mustChangePassword;
      await refresh();
      if (wasForced) navigate('/', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page narrow">
      <h1>{t('password.title')}</h1>
      {user.mustChangePassword && (
        <p className="notice" role="status">
          {t('password.mustChange')}
        </p>
      )}
      {done && (
        <p className="success" role="status">
          {t('password.done')}
        </p>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <div className="field">
          <label htmlFor="current-password">{t('password.current')}</label>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="new-password">{t('password.new')}</label>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            aria-describedby={ruleId}
            aria-invalid={problem ? true : undefined}
            required
          />
          <p className="hint" id={ruleId}>
            {t('password.rule', { min: PASSWORD_MIN_LENGTH })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="repeat-password">{t('password.repeat')}</label>
          <input
            id="repeat-password"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            aria-invalid={repeat !== '' && repeat !== next ? true : undefined}
            required
          />
        </div>
        {localError && (
          <p className="error" role="alert">
            {localError}
          </p>
        )}
        {error !== null && <ErrorText error={error} />}
        <button
          type="submit"
          disabled={busy || localError !== null || current === '' || next === '' || repeat !== next}
        >
          {busy ? t('app.saving') : t('password.submit')}
        </button>
      </form>
    </section>
  );
}
