// A month of monthly entry through Chromium, as an officer does it: `pkp serve --demo`, the system
// Chromium, pelaksana.p3318001 on the grid of Pati I 2023. Two ways in:
//   - pasting a whole month column (every input line, values that differ from the demo's), confirming
//     the paste preview when the screen shows one;
//   - typing the same kind of month at a human pace (`--delay` ms between keystrokes, Enter between
//     cells).
// Each is timed from the first paste or keystroke until the server has stored every changed
// indicator-month (answers 200 to its PUT), then checked against the API. Prints figures; no
// assertions. Works on any build of the UI (PKP_UI_DIR, else dist/ui), so the same script measures
// the screen before and after a change.
// Usage: node bin/run-ts.js bench/entry-month.bench.ts [--paste-runs 3] [--delay 150] [--typed-lines N|all]
import { parseArgs } from 'node:util';
import type { Page, Response } from 'playwright-core';
import { openSession } from '../e2e/harness/browser.ts';
import { launchChromiumServer } from '../e2e/harness/browser-server.ts';
import { columnText, monthColumn, notStored, type Line, type Wanted } from '../e2e/harness/month-column.ts';
import { signInAs } from '../e2e/harness/sign-in.ts';
import { freshDataDir, startPkp } from '../e2e/harness/server.ts';
import type { EntriesView } from '../src/shared/api/entries.schema.ts';
import { now, summarize } from './stats.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    'paste-runs': { type: 'string', default: '3' },
    delay: { type: 'string', default: '150' },
    'typed-lines': { type: 'string', default: 'all' },
  },
});
const PUSKESMAS = 'P3318001';
const YEAR = 2023;
const pasteRuns = Math.min(8, Number(args['paste-runs']));
const delay = Number(args.delay);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function entries(page: Page): Promise<EntriesView> {
  return page.evaluate(
    async ([code, year]) =>
      (await (await fetch(`/api/puskesmas/${code}/years/${year}/entries`)).json()) as EntriesView,
    [PUSKESMAS, YEAR] as const,
  );
}

/** Resolves with the time the server has answered 200 to a PUT of every wanted indicator of `month`. */
function storedAll(page: Page, month: string, codes: ReadonlySet<string>): Promise<number> {
  const left = new Set(codes);
  return new Promise((resolve) => {
    const onResponse = (res: Response) => {
      const req = res.request();
      if (req.method() !== 'PUT' || res.status() !== 200) return;
      const match = /\/entries\/([^/]+)\/(\d{4}-\d{2})$/.exec(new URL(res.url()).pathname);
      if (!match || match[2] !== month) return;
      left.delete(decodeURIComponent(match[1] ?? ''));
      if (left.size === 0) {
        page.off('response', onResponse);
        resolve(now());
      }
    };
    page.on('response', onResponse);
  });
}

async function check(page: Page, month: string, wanted: Map<string, Wanted>): Promise<number> {
  return notStored(await entries(page), month, wanted).length;
}

async function gotoGrid(page: Page): Promise<void> {
  await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/entries`);
  await page.locator('table.entry-grid').waitFor();
}

async function firstCell(page: Page, lines: Line[], month: string): Promise<void> {
  const first = lines[0];
  if (!first) throw new Error('the grid has no lines');
  await page.locator(`[data-cell="${first.code}|${first.field}|${month}"]`).click();
}

async function pasteMonth(page: Page, month: string): Promise<{ ms: number; cells: number; wrong: number }> {
  await gotoGrid(page);
  const { lines, wanted } = monthColumn(await entries(page), month);
  await firstCell(page, lines, month);
  await page.evaluate((t) => navigator.clipboard.writeText(t), columnText(lines));
  const done = storedAll(page, month, new Set(wanted.keys()));
  const started = now();
  await page.keyboard.press('Control+V');
  // A screen that previews a paste waits for the officer's confirmation; one that does not starts saving.
  const preview = page.getByRole('dialog').getByRole('button', { name: /^Terapkan/ });
  const firstPut = page.waitForRequest((r) => r.method() === 'PUT', { timeout: 30_000 });
  const which = await Promise.race([
    preview.waitFor({ timeout: 30_000 }).then(() => 'preview' as const),
    firstPut.then(() => 'saving' as const),
  ]);
  if (which === 'preview') await preview.click();
  const ended = await done;
  return { ms: ended - started, cells: wanted.size, wrong: await check(page, month, wanted) };
}

async function typeMonth(
  page: Page,
  month: string,
  count: number,
): Promise<{ ms: number; tail: number; cells: number; wrong: number }> {
  await gotoGrid(page);
  const all = monthColumn(await entries(page), month);
  const lines = all.lines.slice(0, count);
  const codes = new Set(lines.filter((l) => l.applicable).map((l) => l.code));
  const wanted = new Map([...all.wanted].filter(([code]) => codes.has(code)));
  await firstCell(page, lines, month);
  const done = storedAll(page, month, codes);
  const started = now();
  let lastKey = started;
  for (const line of lines) {
    if (line.applicable && line.field === 'flag') await page.keyboard.press(line.text === 'ya' ? 'y' : 't');
    else if (line.applicable) await page.keyboard.type(line.text, { delay });
    await sleep(delay);
    await page.keyboard.press('Enter');
    lastKey = now();
    await sleep(delay);
  }
  const ended = await done;
  return {
    ms: ended - started,
    tail: Math.max(0, ended - lastKey),
    cells: wanted.size,
    wrong: await check(page, month, wanted),
  };
}

// Outside Vitest there is no loaded demo template: the server loads the demo into an empty directory.
const pkp = await startPkp({ dataDir: await freshDataDir() });
const chromium = await launchChromiumServer();
const session = await openSession(pkp.url, { endpoint: chromium.wsEndpoint() });
try {
  await signInAs(session, 'pelaksana.p3318001');
  const { page } = session;
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

  const pastes: number[] = [];
  for (let i = 0; i < pasteRuns; i++) {
    const month = `${YEAR}-${String(1 + i).padStart(2, '0')}`;
    const r = await pasteMonth(page, month);
    pastes.push(r.ms);
    console.error(`  paste ${month}: ${fmt(r.ms)} (${r.cells} indicator-months, ${r.wrong} wrong)`);
    if (r.wrong > 0) throw new Error(`paste ${month}: ${r.wrong} values not stored as pasted`);
  }
  const p = summarize(pastes);
  console.log(`month entry through Chromium (pkp serve, PGlite, ${PUSKESMAS} ${YEAR}):`);
  if (pastes.length > 0) {
    console.log(
      `  paste a month, paste → every value stored: median ${fmt(p.p50)}  min ${fmt(p.min)}  max ${fmt(p.max)} (${p.n} runs)`,
    );
  }

  const lines = args['typed-lines'] === 'all' ? Number.POSITIVE_INFINITY : Number(args['typed-lines']);
  if (lines > 0) {
    const r = await typeMonth(page, `${YEAR}-12`, lines);
    if (r.wrong > 0) throw new Error(`typed month: ${r.wrong} values not stored as typed`);
    console.log(
      `  type a month (${r.cells} indicator-months, ${delay} ms between keys, Enter between cells): ` +
        `first key → every value stored ${fmt(r.ms)}, last key → stored ${fmt(r.tail)}`,
    );
  }
} finally {
  await session.close();
  await chromium.close();
  await pkp.stop();
}
