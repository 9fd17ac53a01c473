// Signs a session in through the sign-in screen, as a person would.
import { DEMO_PASSWORD } from './accounts.ts';
import type { Session } from './browser.ts';
import { SignInPage } from '../pages/sign-in.page.ts';

export async function signInAs(session: Session, username: string): Promise<void> {
  // Whoever was signed in leaves first (sign-in sends a signed-in visitor on to their screens).
  await session.page.goto('/');
  const signOut = session.page.getByRole('button', { name: /^(Keluar|Sign out)$/ });
  const usernameField = session.page.getByLabel(/^(Nama pengguna|Username)$/);
  // The app first asks the server who is signed in: wait for its answer before deciding.
  await signOut.or(usernameField).first().waitFor();
  if (await signOut.isVisible()) {
    await signOut.click();
    // Signing out navigates to the sign-in screen itself: going there again before it has would race it.
    await usernameField.waitFor();
  }
  // The sign-in screen is the one shown now (a visitor signed out is sent to it): signing in there, not
  // after loading it once more, saves a load of the whole app (~0,6 s, 71 times a run).
  await new SignInPage(session.page).signIn(username, DEMO_PASSWORD);
  await session.page.getByTestId('who').waitFor();
  // "/" sends the user on to the first screen of the role once it knows the year: a click before that
  // would race it.
  await session.page.waitForURL((url) => url.pathname !== '/' && url.pathname !== '/login');
}
