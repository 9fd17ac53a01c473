// The monthly entry grid: cells by indicator, line and month; the save state; conflicts; history.
import type { Locator, Page } from 'playwright-core';

export type Line = 'numerator' | 'denominator' | 'value' | 'flag';

export class EntryPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/entries`);
    await this.grid().waitFor();
  }

  grid(): Locator {
    return this.page.locator('table.entry-grid');
  }

  /** The cell of one indicator, line and month ('2023-01'). */
  cell(indicatorCode: string, line: Line, month: string): Locator {
    return this.page.locator(`[data-cell="${indicatorCode}|${line}|${month}"]`);
  }

  /** The line above the grid: the active cell, and why its value cannot be saved. */
  cellStatus(): Locator {
    return this.page.getByTestId('cell-status');
  }

  saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Waits until every change is saved ("Semua perubahan tersimpan"). */
  async waitSaved(): Promise<void> {
    await this.page
      .getByTestId('save-status')
      .getByText('Semua perubahan tersimpan')
      .waitFor({ timeout: 30_000 });
  }

  monthStatus(month: string): Locator {
    return this.page.getByTestId(`month-status-${month}`);
  }

  /** The question before a reported month is corrected ("Koreksi bulan yang sudah dilaporkan"). */
  reasonDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Koreksi bulan yang sudah dilaporkan' });
  }

  /**
   * Answers it: the reason, then "Simpan koreksi". A change to a month already reported to Dinkes is
   * asked once per month and visit of the grid.
   */
  async giveReason(reason = 'Koreksi data sesuai register'): Promise<void> {
    const dialog = this.reasonDialog();
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Alasan koreksi' }).fill(reason);
    await dialog.getByRole('button', { name: 'Simpan koreksi' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Above the grid: the months that have ended and are not reported. */
  reportBar(): Locator {
    return this.page.locator('.report-bar');
  }

  /** "Laporkan Desember 2023", then "Laporkan" in its dialog. */
  async reportMonth(monthName: string): Promise<void> {
    await this.reportBar()
      .getByRole('button', { name: `Laporkan ${monthName}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Laporkan ${monthName} ke Dinas Kesehatan?` });
    await dialog.getByRole('button', { name: 'Laporkan', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  conflictDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Nilai ini sudah diubah orang lain' });
  }

  /** The panel above the grid: the active row's whole name and what to enter. */
  rowDetail(): Locator {
    return this.page.getByTestId('row-detail');
  }

  /** Types into the search box ("Cari indikator"). */
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Cari indikator' }).fill(text);
  }

  /** The fold button of a group heading (cluster, programme, variable). */
  groupToggle(code: string): Locator {
    return this.page.locator(`[data-group="${code}"]`);
  }

  /** The indicators that have a line in the grid now, in order. */
  async shownIndicators(): Promise<string[]> {
    const ids = await this.page
      .locator('[data-cell]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-cell')?.split('|')[0] ?? ''));
    return [...new Set(ids)];
  }

  /** The header cell of the month being entered. */
  currentMonthHead(): Locator {
    return this.page.locator('table.entry-grid thead th[aria-current="date"]');
  }

  /** What a paste would change, before it changes anything ("Tempel dari lembar kerja"). */
  pastePreview(): Locator {
    return this.page.getByRole('dialog', { name: 'Tempel dari lembar kerja' });
  }

  /** Confirms the paste preview: its "Terapkan N perubahan" button. */
  async confirmPaste(): Promise<void> {
    await this.pastePreview()
      .getByRole('button', { name: /^Terapkan/ })
      .click();
  }

  /** The note after a paste, with its "Urungkan tempel". */
  pasteNote(): Locator {
    return this.page.locator('.paste-note');
  }

  /** Pastes text as a worksheet copy would put it on the clipboard, at the focused cell. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('Control+V');
  }
}
