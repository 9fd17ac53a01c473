// Accreditation readiness: a Puskesmas-year's elements, the district's overview, and the printed checklist.
import type { Locator, Page } from 'playwright-core';

export class AccreditationPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/puskesmas/${code}/${year}/accreditation`);
    await this.page.locator('.readiness-element').first().waitFor();
  }

  async gotoDistrict(code: string, year: number): Promise<void> {
    await this.page.goto(`/districts/${code}/${year}/accreditation`);
    await this.page.locator('.readiness-table').waitFor();
  }

  /** One element's card by its code ("2.8.4.a"). */
  element(code: string): Locator {
    return this.page.locator(`.readiness-element[data-element="${code}"]`);
  }

  /** What the records lack for one element, line by line. */
  async missing(code: string): Promise<string[]> {
    return this.element(code).locator('.readiness-missing li').allTextContents();
  }

  /** The district table's row of one Puskesmas. */
  districtRow(code: string): Locator {
    return this.page.locator(`.readiness-table tr[data-puskesmas="${code}"]`);
  }

  /** The status of one element in one Puskesmas' row of the district table. */
  async districtCell(puskesmas: string, element: string): Promise<string | null> {
    return this.districtRow(puskesmas).locator(`td[data-element="${element}"]`).getAttribute('data-status');
  }
}
