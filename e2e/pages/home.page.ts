// The home of every role: what waits for the signed-in person, section by section.
import type { Locator, Page } from 'playwright-core';

export type WaitingKind =
  | 'month'
  | 'returned'
  | 'submission'
  | 'feedback'
  | 'verify'
  | 'answered'
  | 'not-submitted'
  | 'finalise'
  | 'publish';

export class HomePage {
  constructor(readonly page: Page) {}

  /** Waits for the list (or its "nothing waits") to be shown. */
  async loaded(): Promise<void> {
    await this.page.locator('.waiting-count').waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A section by the kind of its items ("Bulan belum dilaporkan" holds the months). */
  section(kind: WaitingKind): Locator {
    return this.page.locator(`section.waiting-section[data-kind="${kind}"]`);
  }

  items(kind: WaitingKind): Locator {
    return this.section(kind).locator('li.waiting-item');
  }
}
