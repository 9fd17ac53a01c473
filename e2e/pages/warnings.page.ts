// The plausibility warnings: the list of a Puskesmas-year, the list of a district-year, one warning
// with its check.
import type { Locator, Page } from 'playwright-core';

export class WarningsPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/warnings`);
    await this.page.locator('.warnings-page').waitFor();
  }

  async gotoDistrict(code: string, year: number): Promise<void> {
    await this.page.goto(`/districts/${code}/${year}/warnings`);
    await this.page.locator('.warnings-table').waitFor();
  }

  /** One warning by its key ("month-outlier:SPM.01:2023-05"). */
  warning(key: string): Locator {
    return this.page.locator(`[data-warning-key="${key}"]`);
  }

  /** Writes the note and marks the warning checked. */
  async check(key: string, note: string): Promise<void> {
    const item = this.warning(key);
    await item.getByRole('button', { name: 'Tandai sudah dicek' }).click();
    await item.getByLabel('Catatan pemeriksaan').fill(note);
    await item.getByRole('button', { name: 'Simpan' }).click();
    await item.getByText('Sudah dicek oleh').waitFor();
  }

  /** Chooses which warnings to show: 'Terbuka', 'Sudah dicek' or 'Semua'. */
  async show(filter: 'Terbuka' | 'Sudah dicek' | 'Semua'): Promise<void> {
    await this.page.getByRole('group', { name: 'Tampilkan' }).getByLabel(filter).check();
  }

  /** The district list's row of one Puskesmas. */
  districtRow(code: string): Locator {
    return this.page.locator(`.warnings-table tr[data-puskesmas="${code}"]`);
  }
}
