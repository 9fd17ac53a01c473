// Two people edit the same month: the second save meets the first (409). Both values are shown, with
// who stored the other one and when, and the person chooses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;
// December: not reported yet in the demo, so a change is no correction and asks no reason.
const CELL = ['SPM.05', 'numerator', '2023-12'] as const;

describe('two people, one cell', () => {
  let pkp: RunningPkp;
  let first: Session;
  let second: Session;
  let a: EntryPage;
  let b: EntryPage;

  beforeAll(async () => {
    pkp = await startPkp();
    [first, second] = await Promise.all([openSession(pkp.url), openSession(pkp.url)]);
    await signInAs(first, account('pelaksana', PUSKESMAS).username);
    await signInAs(second, account('koordinator', PUSKESMAS).username);
    a = new EntryPage(first.page);
    b = new EntryPage(second.page);
    await Promise.all([a.goto(PUSKESMAS, YEAR), b.goto(PUSKESMAS, YEAR)]);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await pkp?.stop();
  });

  async function typeInto(page: EntryPage, value: string) {
    await page.cell(...CELL).click();
    await page.page.keyboard.type(value);
    await page.page.keyboard.press('Enter');
  }

  it('shows both values and keeps mine when I choose it', async () => {
    await typeInto(a, '50');
    await a.waitSaved();

    await typeInto(b, '60');
    const dialog = b.conflictDialog();
    await dialog.waitFor();
    expect(await dialog.getByTestId('conflict-mine').textContent()).toBe('60');
    expect(await dialog.getByTestId('conflict-theirs').textContent()).toBe('50');
    expect(await dialog.textContent()).toContain('pelaksana.p3318001');
    await screenshot(second.page, '06-entry-conflict');
    await dialog.getByRole('button', { name: 'Pakai nilai saya' }).click();
    await b.waitSaved();

    await a.goto(PUSKESMAS, YEAR);
    expect(await a.cell(...CELL).inputValue()).toBe('60');
  });

  it('takes the stored value when I choose it, and saves nothing of mine', async () => {
    await typeInto(b, '70');
    await b.waitSaved();

    await typeInto(a, '80');
    const dialog = a.conflictDialog();
    await dialog.waitFor();
    expect(await dialog.getByTestId('conflict-theirs').textContent()).toBe('70');
    await dialog.getByRole('button', { name: 'Pakai nilai tersimpan' }).click();
    await a.waitSaved();
    expect(await a.cell(...CELL).inputValue()).toBe('70');

    await b.goto(PUSKESMAS, YEAR);
    expect(await b.cell(...CELL).inputValue()).toBe('70');
  });
});
