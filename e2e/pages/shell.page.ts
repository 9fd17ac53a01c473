// The frame around every signed-in screen: who is signed in, the navigation, sign-out.
import type { Page } from 'playwright-core';

export class Shell {
  constructor(private readonly page: Page) {}

  /** "Name · Role · Unit" as the header shows it. */
  who() {
    return this.page.getByTestId('who');
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await this.page.getByLabel('Nama pengguna').waitFor();
  }

  tab(name: string) {
    return this.page.getByRole('link', { name, exact: true });
  }

  /** The year selector ("Tahun") and the years it offers, as shown. */
  yearSelect() {
    return this.page.getByRole('combobox', { name: /^Tahun/ });
  }

  async yearsOffered(): Promise<string[]> {
    await this.yearSelect().waitFor();
    return (await this.yearSelect().locator('option').allTextContents()).map((t) => t.trim());
  }
}
