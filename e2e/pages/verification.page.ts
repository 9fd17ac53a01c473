// Verification of one Puskesmas-year, programme by programme: both figures side by side, the
// correction and return dialogs, and the items returned to the Puskesmas.
import type { Locator, Page } from 'playwright-core';

export class VerificationPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number, programme: string): Promise<void> {
    await this.page.goto(
      `/puskesmas/${code}/${year}/verification?programme=${encodeURIComponent(programme)}`,
    );
    await this.page.locator('details.verify-indicator').first().waitFor();
  }

  /** One indicator's card, opened. */
  async indicator(code: string): Promise<Locator> {
    const card = this.page.locator(`details.verify-indicator[data-indicator="${code}"]`);
    if ((await card.getAttribute('open')) === null) await card.locator(':scope > summary').click();
    return card;
  }

  /** The row of a month ("Januari"), or of the target row ("Target & sasaran"), in a card. */
  row(card: Locator, label: string): Locator {
    return card.locator('tbody tr', { has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Corrects one field of a month to `value`, with a reason, and waits for the dialog to close. */
  async correctMonth(code: string, month: string, field: string, value: string, reason: string) {
    const card = await this.indicator(code);
    await this.row(card, month)
      .getByRole('button', { name: /^Koreksi:/ })
      .click();
    await this.dialog().getByLabel(field, { exact: true }).fill(value);
    await this.dialog().getByLabel('Alasan koreksi (wajib)').fill(reason);
    await this.dialog().getByRole('button', { name: 'Simpan', exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  /** Returns one indicator to the Puskesmas with a comment. */
  async returnIndicator(code: string, comment: string) {
    const card = await this.indicator(code);
    await card.getByRole('button', { name: 'Kembalikan indikator' }).click();
    await this.dialog().getByLabel('Komentar untuk Puskesmas (wajib)').fill(comment);
    await this.dialog().getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  /** The items returned to the Puskesmas, as listed on the verification screen. */
  returns(): Locator {
    return this.page.locator('.verify-returns li.return-card');
  }
}
