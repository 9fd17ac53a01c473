// A new account: name, username, role, unit (the district or one of its Puskesmas), first password.
import { useState, type FormEvent } from 'react';
import type { Role } from '../../../domain/access/roles.ts';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '../../../shared/api/auth.schema.ts';
import type { DistrictPuskesmasList } from '../../../shared/api/org-units.schema.ts';
import type { ManagedUser } from '../../../shared/api/users.schema.ts';
import { createUser } from '../../endpoints/users.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ASSIGNABLE_ROLES, worksAtPuskesmas } from '../../lib/account-roles.ts';
import { ErrorText } from '../ErrorText.tsx';

export function CreateUserForm(props: {
  district: { code: string; name: string };
  puskesmas: DistrictPuskesmasList;
  onCreated(user: ManagedUser): void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('pelaksana');
  const [unit, setUnit] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const atPuskesmas = worksAtPuskesmas(role);
  const unitCode = atPuskesmas ? unit : props.district.code;
  const problem = password === '' ? null : passwordProblem(username, password);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await createUser(props.district.code, {
        name,
        username,
        role,
        orgUnitCode: unitCode,
        password,
      });
      props.onCreated(user);
      setName('');
      setUsername('');
      setPassword('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form-grid four create-user"
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="create-user-title"
    >
      <h2 id="create-user-title" className="wide">
        {t('users.add')}
      </h2>
      <div className="field">
        <label htmlFor="new-name">{t('users.name')}</label>
        <input id="new-name" value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="new-username">{t('users.username')}</label>
        <input
          id="new-username"
          value={username}
          autoCapitalize="none"
          spellCheck={false}
          onChange={(e) => setUsername(e.target.value.toLowerCase())}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="new-role">{t('users.role')}</label>
        <select id="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ASSIGNABLE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-unit">{t('users.unit')}</label>
        {atPuskesmas ? (
          <select id="new-unit" value={unit} onChange={(e) => setUnit(e.target.value)} required>
            <option value="">{t('nav.choosePuskesmas')}</option>
            {props.puskesmas.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        ) : (
          <input id="new-unit" value={props.district.name} readOnly />
        )}
      </div>
      <div className="field">
        <label htmlFor="new-password">{t('users.password')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={problem ? true : undefined}
          required
        />
        <span className={problem ? 'field-error' : 'hint'}>
          {problem === 'PASSWORD_IS_USERNAME'
            ? t('password.isUsername')
            : t('password.rule', { min: PASSWORD_MIN_LENGTH })}
        </span>
      </div>
      <div className="form-actions wide">
        <button
          type="submit"
          disabled={busy || !name || !username || !unitCode || !password || problem !== null}
        >
          {busy ? t('app.saving') : t('users.add')}
        </button>
      </div>
      {error !== null && (
        <div className="wide">
          <ErrorText error={error} />
        </div>
      )}
    </form>
  );
}
