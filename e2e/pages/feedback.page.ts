// Dinkes' feedback letters of a Puskesmas-year and the Puskesmas' follow-ups: the list, the letter
// editor, one letter and one of its points, and the printable letter.
import type { Locator, Page } from 'playwright-core';

export class FeedbackPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/feedback`);
    await this.page.locator('.feedback-page h1').waitFor();
  }

  /** The letter editor that is open (new or a draft). */
  editor(): Locator {
    return this.page.locator('form.letter-editor');
  }

  /** A letter by its number. */
  letter(number: string): Locator {
    return this.page.locator('article.letter-card', {
      has: this.page.getByRole('heading', { name: new RegExp(`Surat ${number.replace(/[/.]/g, '\\$&')}`) }),
    });
  }

  /** The points of a letter, in order. */
  points(letter: Locator): Locator {
    return letter.locator('li.feedback-point');
  }

  /** Fills the follow-up of a point and saves it. */
  async followUp(point: Locator, text: string, status: 'Belum' | 'Berjalan' | 'Selesai'): Promise<void> {
    await point.getByRole('button', { name: /^(Tulis|Ubah) tindak lanjut$/ }).click();
    const form = point.getByRole('form', { name: 'Tindak lanjut poin ini' });
    await form.getByLabel('Apa yang sudah dilakukan').fill(text);
    await form.getByLabel('Status').selectOption({ label: status });
    await form.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await form.waitFor({ state: 'detached' });
  }
}
