// One account in the admin's list: its role and unit, whether it is active or locked, and the changes
// an admin makes (activate, deactivate, reset the password).
import { useState } from 'react';
import type { ManagedUser, UpdateUserBody } from '../../../shared/api/users.schema.ts';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '../../../shared/api/auth.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { ErrorText } from '../ErrorText.tsx';

export function UserRow(props: {
  user: ManagedUser;
  self: boolean;
  onUpdate(body: UpdateUserBody): Promise<void>;
}) {
  const { t, locale } = useI18n();
  const { user } = props;
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
  const problem = password === '' ? null : passwordProblem(user.username, password);

  const run = async (body: UpdateUserBody) => {
    setBusy(true);
    setError(null);
    try {
      await props.onUpdate(body);
      setResetting(false);
      setPassword('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr className={user.active ? undefined : 'inactive'}>
      <th scope="row" className="name-cell">
        {user.name}
        <span className="muted small block">{user.username}</span>
      </th>
      <td>{t(`role.${user.role}`)}</td>
      <td>{user.orgUnit.name}</td>
      <td>
        {user.active ? t('users.active') : t('users.inactive')}
        {locked && (
          <span className="muted small block">
            {t('users.locked', { until: formatDateTime(user.lockedUntil, locale) })}
          </span>
        )}
        {user.mustChangePassword && <span className="muted small block">{t('users.mustChange')}</span>}
      </td>
      <td>
        {!props.self && (
          <div className="row-actions">
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void run({ active: !user.active })}
            >
              {user.active ? t('users.deactivate') : t('users.activate')}
            </button>
            {resetting ? (
              <span className="inline-form">
                <input
                  type="password"
                  autoComplete="new-password"
                  aria-label={`${t('users.newPassword')}: ${user.username}`}
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  aria-invalid={problem ? true : undefined}
                />
                <button
                  type="button"
                  disabled={busy || password === '' || problem !== null}
                  onClick={() => void run({ password })}
                >
                  {t('app.save')}
                </button>
                <button type="button" className="secondary" onClick={() => setResetting(false)}>
                  {t('app.cancel')}
                </button>
                {problem && (
                  <span className="field-error">
                    {problem === 'PASSWORD_IS_USERNAME'
                      ? t('password.isUsername')
                      : t('password.tooShort', { min: PASSWORD_MIN_LENGTH })}
                  </span>
                )}
              </span>
            ) : (
              <button type="button" className="secondary" onClick={() => setResetting(true)}>
                {t('users.resetPassword')}
              </button>
            )}
          </div>
        )}
        {error !== null && <ErrorText error={error} />}
      </td>
    </tr>
  );
}
