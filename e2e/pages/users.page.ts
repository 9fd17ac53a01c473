// The Dinkes admin's accounts screen: the search, and each account's row by username.
import type { Locator, Page } from 'playwright-core';

export class UsersPage {
  constructor(readonly page: Page) {}

  async goto(district: string): Promise<void> {
    await this.page.goto(`/districts/${district}/users`);
    await this.page.getByRole('searchbox', { name: 'Cari pengguna' }).waitFor();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Cari pengguna' }).fill(text);
  }

  row(username: string): Locator {
    return this.page.getByTestId(`user-${username}`);
  }

  /** The usernames of the rows shown, top to bottom. */
  async shownUsernames(): Promise<string[]> {
    const ids = await this.page
      .locator('tr[data-testid^="user-"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.slice('user-'.length));
  }
}
