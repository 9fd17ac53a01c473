// The sign-in screen, as a user sees it: two labelled fields, a button, and the refusal in words.
import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await this.page.getByLabel('Nama pengguna', { exact: true }).waitFor();
  }

  /**
   * Fills both fields and presses Masuk, once the sign-in screen is the one shown: right after
   * "Keluar" the screen left behind may still be there, with fields of its own whose labels contain
   * "Nama pengguna" (the province's new district form: "Nama pengguna admin Dinkes"), so labels are
   * matched exactly too. The button's name is exact: while a sign-in is under way it reads "Sedang
   * masuk…", which a loose match would also take (and wait on while it is disabled).
   */
  async signIn(username: string, password: string): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === '/login');
    await this.page.getByLabel('Nama pengguna', { exact: true }).fill(username);
    await this.page.getByLabel('Kata sandi', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Masuk', exact: true }).click();
  }

  error() {
    return this.page.getByRole('alert');
  }
}
