// The "Rapat" screen: the counts, the list of meetings, the meeting form and its evidence panel.
import type { Locator, Page } from 'playwright-core';

export class MeetingsPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/meetings`);
    await this.page.getByRole('heading', { level: 1, name: `Rapat ${year}` }).waitFor();
    await this.counts.waitFor();
  }

  get counts(): Locator {
    return this.page.locator('table.meeting-counts');
  }

  /** A row of the counts table by the kind's words ("Review kinerja"). */
  countRow(kind: string): Locator {
    return this.counts.getByRole('row', { name: new RegExp(`^${kind}`) });
  }

  get form(): Locator {
    return this.page.locator('section.meeting-form');
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** Fills participant row `n` (1-based), adding rows as needed. */
  async participant(n: number, name: string, role: string, present: boolean): Promise<void> {
    const rows = this.form.locator('.meeting-participants tbody tr');
    while ((await rows.count()) < n) await this.form.getByRole('button', { name: 'Tambah peserta' }).click();
    await this.form.getByLabel(`Nama ${n}`, { exact: true }).fill(name);
    await this.form.getByLabel(`Jabatan / program ${n}`, { exact: true }).fill(role);
    await this.form.getByLabel(`Hadir ${n}`, { exact: true }).setChecked(present);
  }

  /** The evidence panel of the meeting being edited. */
  get evidence(): Locator {
    return this.form.locator('section.evidence-panel');
  }

  async upload(kind: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.evidence.getByLabel('Jenis bukti').selectOption({ label: kind });
    await this.evidence.getByLabel('Berkas', { exact: true }).setInputFiles(file);
    await this.evidence.getByRole('button', { name: 'Unggah' }).click();
  }

  meeting(title: string): Locator {
    return this.page
      .locator('li.meeting-item')
      .filter({ has: this.page.getByRole('heading', { name: new RegExp(title) }) });
  }
}
