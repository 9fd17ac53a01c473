// The API as another signed-in client (node's fetch, its own session): to check what the server holds
// while the browser under test is elsewhere, signed out or closed.
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import { DEMO_PASSWORD } from './accounts.ts';

export interface ApiSession {
  entries(code: string, year: number): Promise<EntriesView>;
}

export async function apiSession(baseUrl: string, username: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in of ${username} answered ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async entries(code, year) {
      const res = await fetch(`${baseUrl}/api/puskesmas/${code}/years/${year}/entries`, {
        headers: { cookie },
      });
      if (!res.ok) throw new Error(`entries of ${code} ${year} answered ${res.status}`);
      return (await res.json()) as EntriesView;
    },
  };
}
