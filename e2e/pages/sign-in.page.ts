// The sign-in screen, as a user sees it: two labelled fields, a button, and the refusal in words.
import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await this.page.getByLabel('Nama pengguna').waitFor();
  }

  /**
   * Fills both fields and presses Masuk. The name is matched exactly: while a sign-in is under way the
   * button reads "Sedang masuk…", which a loose match would also take (and wait on while it is disabled).
   */
  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Nama pengguna').fill(username);
    await this.page.getByLabel('Kata sandi', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Masuk', exact: true }).click();
  }

  error() {
    return this.page.getByRole('alert');
  }
}
