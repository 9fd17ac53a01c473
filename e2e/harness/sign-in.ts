// Signs a session in through the sign-in screen, as a person would.
import { DEMO_PASSWORD } from './accounts.ts';
import type { Session } from './browser.ts';
import { SignInPage } from '../pages/sign-in.page.ts';

export async function signInAs(session: Session, username: string): Promise<void> {
  // Whoever was signed in leaves first (sign-in sends a signed-in visitor on to their screens).
  await session.page.goto('/');
  const signOut = session.page.getByRole('button', { name: /^(Keluar|Sign out)$/ });
  if (await signOut.isVisible().catch(() => false)) await signOut.click();
  const signIn = new SignInPage(session.page);
  await signIn.goto();
  await signIn.signIn(username, DEMO_PASSWORD);
  await session.page.getByTestId('who').waitFor();
}
