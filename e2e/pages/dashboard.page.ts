// The Puskesmas and district dashboards.
import type { Locator, Page } from 'playwright-core';

export class PuskesmasDashboardPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/dashboard`);
    await this.figure('overall').waitFor();
  }

  figure(axis: 'service' | 'management' | 'quality' | 'overall'): Locator {
    return this.page.getByTestId(`figure-${axis}`);
  }

  async why(axis: 'service' | 'management' | 'quality'): Promise<Locator> {
    await this.figure(axis).getByRole('button', { name: 'Mengapa?' }).click();
    return this.page.getByRole('dialog');
  }

  /** The figure a card shows ("68,33%"). */
  async figureValue(axis: 'service' | 'management' | 'quality'): Promise<string> {
    return ((await this.figure(axis).locator('.figure-value').textContent()) ?? '').trim();
  }

  /** A node of the open "why" by its id ('quality', 'MUT.B1'): its score and its sentence. */
  whyNode(id: string): { score: Locator; sentence: Locator; expand: Locator } {
    const row = this.page.getByRole('dialog').locator(`li[data-node="${id}"] > .why-row`);
    return {
      score: row.locator('.why-score'),
      sentence: row.locator('.why-says'),
      expand: row.locator('button.disclosure[aria-expanded="false"]'),
    };
  }
}

export class DistrictDashboardPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/districts/${code}/${year}/dashboard`);
    await this.league().waitFor();
  }

  league(): Locator {
    return this.page.getByTestId('league');
  }

  /** The Puskesmas × programme table of scores. */
  heatmap(): Locator {
    return this.page.getByTestId('heatmap');
  }

  /** A cell of the heat map, by its accessible name ("Pati I, SPM 1 …: 67,9 (Kurang)"). */
  heatCell(name: string | RegExp): Locator {
    return this.heatmap().getByRole('gridcell', { name });
  }

  /** A Puskesmas's row of the completeness and timeliness table. */
  timelinessRow(puskesmasName: string): Locator {
    return this.page
      .getByRole('region', { name: 'Kelengkapan dan ketepatan waktu' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: puskesmasName, exact: true }) });
  }

  /** One month's cell of that row ('2023-01'). */
  timelinessCell(puskesmasName: string, month: string): Locator {
    return this.timelinessRow(puskesmasName).locator(`td[data-month="${month}"]`);
  }

  row(puskesmasName: string): Locator {
    return this.league()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: puskesmasName, exact: true }) });
  }
}
