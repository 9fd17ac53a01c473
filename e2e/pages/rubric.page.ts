// Management and quality items: the four level texts to choose from, percentages, notes.
import type { Locator, Page } from 'playwright-core';

export class RubricPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/rubric`);
    await this.page.getByRole('heading', { name: /Manajemen & Mutu/ }).waitFor();
    await this.item('MAN.A1.1').waitFor();
  }

  /** A group's heading with its score ("B1 MANAJEMEN MUTU UKP Rata-rata kelompok: 75,00%"). */
  groupHeading(code: string): Locator {
    return this.page.locator(`[id="group-title-${code}"]`);
  }

  item(code: string): Locator {
    return this.page.getByTestId(`rubric-${code}`);
  }

  /** The radio of one level of an item ("Tingkat 7 …"). */
  level(code: string, level: 0 | 4 | 7 | 10): Locator {
    return this.item(code).getByRole('radio', { name: new RegExp(`^Tingkat ${level}\\b`) });
  }

  async choose(code: string, level: 0 | 4 | 7 | 10): Promise<void> {
    await this.item(code)
      .getByRole('radio', { name: new RegExp(`^Tingkat ${level}\\b`) })
      .check();
  }
}
