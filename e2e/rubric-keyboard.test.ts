// Choosing a management item's level with the keyboard: the arrows move between the levels and save
// nothing; Enter (or Space, or a click) chooses and saves once; choosing twice in quick succession is
// two saves one after the other, never the user's own change reported as someone else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { RubricPage } from './pages/rubric.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

/** Every rubric save the page sends, with the status it was answered with (null while on its way). */
function watchRubricSaves(page: Page) {
  const saves: { item: string; status: number | null }[] = [];
  page.on('request', (request) => {
    const match = /\/rubric\/([^/?]+)$/.exec(new URL(request.url()).pathname);
    if (request.method() !== 'PUT' || !match?.[1]) return;
    const save = { item: decodeURIComponent(match[1]), status: null as number | null };
    saves.push(save);
    void request.response().then((r) => (save.status = r?.status() ?? 0));
  });
  return saves;
}

async function focusedLevelName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement && el.type === 'radio'
      ? (el.closest('label')?.querySelector('.rubric-level-head')?.textContent ?? '')
      : '';
  });
}

describe('choosing a rubric level with the keyboard', () => {
  let pkp: RunningPkp;
  let session: Session;
  let rubric: RubricPage;
  let saves: ReturnType<typeof watchRubricSaves>;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    rubric = new RubricPage(session.page);
    saves = watchRubricSaves(session.page);
    await rubric.goto(PUSKESMAS, YEAR);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  // In the demo, Pati I scored MAN.A1.2 and MAN.A2.2 at level 7.
  it('moves between the levels with the arrow keys and saves nothing', async () => {
    const { page } = session;
    const code = 'MAN.A1.2';
    await rubric.level(code, 0).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedLevelName(page)).toBe('Tingkat 4');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focusedLevelName(page)).toBe('Tingkat 10');
    await page.keyboard.press('ArrowRight');
    expect(await focusedLevelName(page)).toBe('Tingkat 0');
    await page.keyboard.press('End');
    expect(await focusedLevelName(page)).toBe('Tingkat 10');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLevelName(page)).toBe('Tingkat 4');

    expect(saves).toEqual([]);
    expect(await rubric.level(code, 4).isChecked()).toBe(false);
    expect(await rubric.level(code, 7).isChecked()).toBe(true);
    expect(await rubric.item(code).locator('.rubric-score').textContent()).toBe('Tingkat 7');
  });

  it('chooses the focused level with Enter and saves it once, however often Enter is pressed', async () => {
    const { page } = session;
    const code = 'MAN.A1.2';
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => rubric.item(code).locator('.rubric-score').textContent()).toBe('Tingkat 4');
    await rubric.item(code).getByText('Menyimpan…').waitFor({ state: 'detached' });
    expect(saves).toEqual([{ item: code, status: 200 }]);
    expect(await rubric.level(code, 4).isChecked()).toBe(true);
  });

  it('chooses with Space too', async () => {
    const { page } = session;
    const code = 'MAN.A1.2';
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await rubric.item(code).getByText('Menyimpan…').waitFor({ state: 'detached' });
    await expect.poll(() => saves.map((s) => s.status)).toEqual([200, 200]);
    expect(await rubric.item(code).locator('.rubric-score').textContent()).toBe('Tingkat 7');
  });

  it('saves two quick choices one after the other, and reports no conflict with itself', async () => {
    const { page } = session;
    const code = 'MAN.A2.2';
    saves.splice(0);
    await rubric.level(code, 0).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => saves.length).toBe(2);
    await rubric.item(code).getByText('Menyimpan…').waitFor({ state: 'detached' });
    await expect
      .poll(() => saves)
      .toEqual([
        { item: code, status: 200 },
        { item: code, status: 200 },
      ]);
    expect(await rubric.item(code).getByRole('alert').count()).toBe(0);
    expect(await rubric.item(code).locator('.rubric-score').textContent()).toBe('Tingkat 4');

    await rubric.goto(PUSKESMAS, YEAR);
    expect(await rubric.level(code, 4).isChecked()).toBe(true);
  });

  it('saves two quick clicks on two levels against the version the first save returned', async () => {
    const code = 'MAN.A2.3';
    saves.splice(0);
    await rubric.level(code, 10).click();
    await rubric.level(code, 0).click();
    await expect.poll(() => saves.map((s) => s.status)).toEqual([200, 200]);
    await rubric.item(code).getByText('Menyimpan…').waitFor({ state: 'detached' });
    expect(await rubric.item(code).getByRole('alert').count()).toBe(0);
    await rubric.goto(PUSKESMAS, YEAR);
    expect(await rubric.level(code, 0).isChecked()).toBe(true);
  });
});
