// The assessment cycle: a Puskesmas-year's status bar with its move dialog, and the district's
// status and publication screen.
import type { Locator, Page } from 'playwright-core';

export class StatusBar {
  constructor(readonly page: Page) {}

  bar(): Locator {
    return this.page.getByRole('region', { name: 'Status penilaian' });
  }

  /** The status the bar marks as current ("Draf", "Diajukan" …). */
  current(): Locator {
    return this.bar().locator('[aria-current="step"]');
  }

  says(): Locator {
    return this.page.getByTestId('status-says');
  }

  move(name: string): Locator {
    return this.bar().getByRole('button', { name, exact: true });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The dialog's own button that makes the move (named as the move). */
  confirm(): Locator {
    return this.dialog().getByTestId('move-confirm');
  }

  reason(): Locator {
    return this.dialog().getByRole('textbox');
  }

  async openHistory(): Promise<Locator> {
    await this.bar()
      .getByRole('button', { name: /^Riwayat status/ })
      .click();
    return this.page.getByTestId('status-history');
  }

  /** Opens the move, confirms it (with a reason if given) and waits for the bar to show `then`. */
  async make(move: string, then: string, reason?: string): Promise<void> {
    await this.move(move).click();
    if (reason) await this.reason().fill(reason);
    await this.confirm().click();
    await this.dialog().waitFor({ state: 'detached' });
    await this.current().filter({ hasText: then }).waitFor();
  }
}

export class DistrictStatusPage {
  constructor(readonly page: Page) {}

  async goto(code: string, year: number): Promise<void> {
    await this.page.goto(`/districts/${code}/${year}/status`);
    await this.table().waitFor();
  }

  table(): Locator {
    return this.page.getByTestId('status-table');
  }

  publication(): Locator {
    return this.page.getByTestId('publication');
  }

  publish(): Locator {
    return this.publication().getByRole('button', { name: 'Publikasikan hasil' });
  }
}
