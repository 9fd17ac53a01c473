// The sign-in screen, as a user sees it: two labelled fields, a button, and the refusal in words.
import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await this.page.getByLabel('Nama pengguna').waitFor();
  }

  /**
   * Fills both fields and presses Masuk. Right after a sign-out the screen can be drawn afresh once the
   * session check settles, emptying what was typed (the button then stays disabled, as it should for
   * empty fields): a user would type again, and so does this, a few times at most.
   */
  async signIn(username: string, password: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.page.getByLabel('Nama pengguna').fill(username);
      await this.page.getByLabel('Kata sandi', { exact: true }).fill(password);
      try {
        await this.page.getByRole('button', { name: 'Masuk' }).click({ timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  error() {
    return this.page.getByRole('alert');
  }
}
