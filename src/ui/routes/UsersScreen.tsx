// The Dinkes admin's accounts screen: every account of the district, found by name, username or unit;
// a new one; and each one's role, unit, status and password.
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ManagedUser, UpdateUserBody } from '../../shared/api/users.schema.ts';
import { Loaded } from '../components/Loading.tsx';
import { CreateUserForm } from '../components/users/CreateUserForm.tsx';
import { UserRow } from '../components/users/UserRow.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { listDistrictPuskesmas } from '../endpoints/org-units.ts';
import { listUsers, updateUser } from '../endpoints/users.ts';
import { useI18n, type Translate } from '../i18n/i18n.tsx';
import { userMatches } from '../lib/user-search.ts';
import { useUser } from '../session/session.tsx';

/** What the admin is told once a change is stored, in the words of what changed. */
function noticeOf(body: UpdateUserBody, user: ManagedUser, t: Translate): string {
  if (body.active === false) return t('users.deactivated', { username: user.username });
  if (body.active === true) return t('users.activated', { username: user.username });
  if (body.role !== undefined || body.orgUnitCode !== undefined) {
    return t('users.accessSaved', {
      username: user.username,
      role: t(`role.${user.role}`),
      unit: user.orgUnit.name,
    });
  }
  return t('users.updated');
}

export function UsersScreen() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const me = useUser();
  const resource = useResource(async (signal) => {
    const [users, puskesmas] = await Promise.all([
      listUsers(code, signal),
      listDistrictPuskesmas(code, signal),
    ]);
    return { users: users.users, puskesmas };
  }, code);
  const [changed, setChanged] = useState<Readonly<Record<number, ManagedUser>>>({});
  const [added, setAdded] = useState<ManagedUser[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const districtName = me.orgUnit.code === code ? me.orgUnit.name : code;
  usePageTitle([t('nav.users'), districtName]);

  return (
    <section className="page" aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title', { district: districtName })}</h1>
      {notice && (
        <p className="success" role="status">
          {notice}
        </p>
      )}
      <Loaded resource={resource}>
        {({ users, puskesmas }) => {
          const all = [...users, ...added.filter((a) => !users.some((u) => u.id === a.id))].map(
            (u) => changed[u.id] ?? u,
          );
          const shown = all.filter((u) => userMatches(u, query, t(`role.${u.role}`)));
          return (
            <>
              <CreateUserForm
                district={{ code, name: districtName }}
                puskesmas={puskesmas}
                onCreated={(user) => {
                  setAdded((a) => [...a, user]);
                  setNotice(t('users.created', { username: user.username }));
                }}
              />
              <div className="entry-toolbar">
                <label className="search users-search">
                  <span>{t('users.search')}</span>
                  <input
                    type="search"
                    value={query}
                    placeholder={t('users.searchPlaceholder')}
                    onChange={(e) => setQuery(e.target.value)}
                  />
                </label>
                <span className="muted" role="status">
                  {query.trim() ? t('users.shown', { shown: shown.length, total: all.length }) : ''}
                </span>
              </div>
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('users.name')}</th>
                      <th scope="col">{t('users.role')}</th>
                      <th scope="col">{t('users.unit')}</th>
                      <th scope="col">{t('users.status')}</th>
                      <th scope="col">{t('users.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((user) => (
                      <UserRow
                        key={user.id}
                        user={user}
                        self={user.id === me.id}
                        district={{ code, name: districtName }}
                        puskesmas={puskesmas}
                        onUpdate={async (body) => {
                          const next = await updateUser(code, user.id, body);
                          setChanged((c) => ({ ...c, [next.id]: next }));
                          setNotice(noticeOf(body, next, t));
                        }}
                      />
                    ))}
                  </tbody>
                </table>
                {shown.length === 0 && <p className="hint">{t('users.noMatch', { query: query.trim() })}</p>}
              </div>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
