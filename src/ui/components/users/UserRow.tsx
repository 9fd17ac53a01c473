// One account in the admin's list: its role and unit, whether it is active or locked, and the changes
// an admin makes (role and unit, activate or deactivate, reset the password). An admin's own account
// offers none of them: the server refuses them too (USER_SELF_CHANGE).
import { useState } from 'react';
import type { Role } from '../../../domain/access/roles.ts';
import type { DistrictPuskesmasList } from '../../../shared/api/org-units.schema.ts';
import type { ManagedUser, UpdateUserBody } from '../../../shared/api/users.schema.ts';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '../../../shared/api/auth.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ASSIGNABLE_ROLES, worksAtPuskesmas } from '../../lib/account-roles.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { ErrorText } from '../ErrorText.tsx';

/** The role and unit being chosen; `unit` is a Puskesmas code, or '' until one is chosen. */
interface AccessDraft {
  role: Role;
  unit: string;
}

export function UserRow(props: {
  user: ManagedUser;
  self: boolean;
  district: { code: string; name: string };
  puskesmas: DistrictPuskesmasList;
  onUpdate(body: UpdateUserBody): Promise<void>;
}) {
  const { t, locale } = useI18n();
  const { user } = props;
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const [access, setAccess] = useState<AccessDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
  const problem = password === '' ? null : passwordProblem(user.username, password);
  const accessUnit = access && (worksAtPuskesmas(access.role) ? access.unit : props.district.code);

  const run = async (body: UpdateUserBody) => {
    setBusy(true);
    setError(null);
    try {
      await props.onUpdate(body);
      setResetting(false);
      setPassword('');
      setAccess(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const startEditing = () => {
    setError(null);
    setAccess({
      role: user.role,
      unit: user.orgUnit.level === 'puskesmas' ? user.orgUnit.code : '',
    });
  };

  const saveAccess = () => {
    if (!access || !accessUnit) return;
    const body: UpdateUserBody = {};
    if (access.role !== user.role) body.role = access.role;
    if (accessUnit !== user.orgUnit.code) body.orgUnitCode = accessUnit;
    if (Object.keys(body).length === 0) setAccess(null);
    else void run(body);
  };

  return (
    <tr className={user.active ? undefined : 'inactive'} data-testid={`user-${user.username}`}>
      <th scope="row" className="name-cell">
        {user.name}
        {props.self && <span className="muted small"> {t('users.you')}</span>}
        <span className="muted small block">{user.username}</span>
      </th>
      <td>
        {access ? (
          <select
            aria-label={`${t('users.role')}: ${user.username}`}
            value={access.role}
            disabled={busy}
            onChange={(e) => setAccess({ ...access, role: e.target.value as Role })}
          >
            {ASSIGNABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`role.${user.role}`)
        )}
      </td>
      <td>
        {access && worksAtPuskesmas(access.role) ? (
          <select
            aria-label={`${t('users.unit')}: ${user.username}`}
            value={access.unit}
            disabled={busy}
            onChange={(e) => setAccess({ ...access, unit: e.target.value })}
          >
            <option value="">{t('nav.choosePuskesmas')}</option>
            {props.puskesmas.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        ) : access ? (
          props.district.name
        ) : (
          user.orgUnit.name
        )}
      </td>
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
        {!props.self && access && (
          <div className="row-actions">
            <button type="button" disabled={busy || !accessUnit} onClick={saveAccess}>
              {busy ? t('app.saving') : t('app.save')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setAccess(null)}>
              {t('app.cancel')}
            </button>
          </div>
        )}
        {!props.self && !access && (
          <div className="row-actions">
            <button
              type="button"
              className="secondary"
              disabled={busy}
              aria-label={`${t('users.editAccess')}: ${user.username}`}
              onClick={startEditing}
            >
              {t('users.editAccess')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              aria-label={`${user.active ? t('users.deactivate') : t('users.activate')}: ${user.username}`}
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
              <button
                type="button"
                className="secondary"
                aria-label={`${t('users.resetPassword')}: ${user.username}`}
                onClick={() => setResetting(true)}
              >
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
