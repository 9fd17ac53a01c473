// Sign-in: username and password, the server's refusal in words (wrong password, account locked).
import { useId, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorText } from '../components/ErrorText.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';

export function SignIn() {
  const { t } = useI18n();
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorId = useId();
  usePageTitle([t('title.signIn')]);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (state.status === 'signedIn') return <Navigate to={from} replace />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
      navigate(from, { replace: true });
    } catch (err) {
      setError(err);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in-page">
      <main id="main" className="sign-in-card">
        <div className="sign-in-head">
          <p className="brand-mark large">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('app.title')}</h1>
        <p>{t('login.intro')}</p>
        {state.status === 'signedOut' && state.reason === 'expired' && (
          <p className="notice" role="status">
            {t('error.sessionEnded')}
          </p>
        )}
        <form onSubmit={(e) => void onSubmit(e)} aria-describedby={error ? errorId : undefined} noValidate>
          <div className="field">
            <label htmlFor="username">{t('login.username')}</label>
            <input
              id="username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={error ? true : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="password">{t('login.password')}</label>
            <input
              id="password"
              name="password"
              type={showPassword ? 'text' : 'password'}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={error ? true : undefined}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={showPassword}
                onChange={(e) => setShowPassword(e.target.checked)}
              />
              {t('login.showPassword')}
            </label>
          </div>
          {error !== null && <ErrorText error={error} id={errorId} />}
          <button type="submit" disabled={busy || username.trim() === '' || password === ''}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
