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

  row(puskesmasName: string): Locator {
    return this.league()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: puskesmasName, exact: true }) });
  }
}
