// Targets and sasaran of a Puskesmas-year: one row per indicator, and the question asked before a
// change that moves the indicator's score by more than a few points is saved.
import type { Locator, Page } from 'playwright-core';

export class TargetsPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/targets`);
    await this.row('SPM.01').waitFor();
  }

  row(indicatorCode: string): Locator {
    return this.page.getByTestId(`target-${indicatorCode}`);
  }

  sasaran(indicatorCode: string): Locator {
    return this.row(indicatorCode).getByRole('textbox', { name: /^Sasaran/ });
  }

  /** Types a sasaran the Indonesian way and leaves the field with Enter. */
  async setSasaran(indicatorCode: string, text: string): Promise<void> {
    await this.sasaran(indicatorCode).fill(text);
    await this.sasaran(indicatorCode).press('Enter');
  }

  scoreChangeDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Nilai .* akan berubah$/ });
  }

  /** Waits until the row has no save on its way. */
  async waitSaved(indicatorCode: string): Promise<void> {
    await this.row(indicatorCode).getByText('Menyimpan…').waitFor({ state: 'detached' });
  }
}
