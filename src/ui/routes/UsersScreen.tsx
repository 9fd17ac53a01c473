// The Dinkes admin's accounts screen: every account of the district, and a new one.
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ManagedUser } from '../../shared/api/users.schema.ts';
import { Loaded } from '../components/Loading.tsx';
import { CreateUserForm } from '../components/users/CreateUserForm.tsx';
import { UserRow } from '../components/users/UserRow.tsx';
import { useResource } from '../components/use-resource.ts';
import { listDistrictPuskesmas } from '../endpoints/org-units.ts';
import { listUsers, updateUser } from '../endpoints/users.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useUser } from '../session/session.tsx';

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
  const districtName = me.orgUnit.code === code ? me.orgUnit.name : code;

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
                    {all.map((user) => (
                      <UserRow
                        key={user.id}
                        user={user}
                        self={user.id === me.id}
                        onUpdate={async (body) => {
                          const next = await updateUser(code, user.id, body);
                          setChanged((c) => ({ ...c, [next.id]: next }));
                          setNotice(t('users.updated'));
                        }}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
