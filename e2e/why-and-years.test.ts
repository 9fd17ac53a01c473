// "Mengapa?" a Kepala Puskesmas can read (one sentence a node, names not codes, every axis on its
// card's scale), and a year selector that offers only the years that exist, saying plainly why another
// is not there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { openSession, VIEWPORT, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { PuskesmasDashboardPage } from './pages/dashboard.page.ts';
import { EntryPage } from './pages/entry.page.ts';
import { RubricPage } from './pages/rubric.page.ts';
import { Shell } from './pages/shell.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

/** pkp's own codes: the axis roots' ids and the catalog's codes (SPM.01, UKM.C1.A.3, MUT.B1). */
const INTERNAL_ID = /\b(service|management|quality)\b|\b(SPM|UKM|UKMP|UKP|MAN|MUT)\.[A-Z0-9]/;

let pkp: RunningPkp;
let session: Session;

beforeAll(async () => {
  pkp = await startPkp();
  session = await openSession(pkp.url);
});

afterAll(async () => {
  await session?.close();
  await pkp?.stop();
});

describe('"Mengapa?" on the Puskesmas dashboard', () => {
  let dash: PuskesmasDashboardPage;

  beforeAll(async () => {
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    dash = new PuskesmasDashboardPage(session.page);
    await dash.goto(PUSKESMAS, YEAR);
  });

  it('shows Mutu on one scale: the card, the tree root and its groups all in %', async () => {
    const card = await dash.figureValue('quality');
    expect(card).toMatch(/^\d+,\d\d%$/);
    const why = await dash.why('quality');
    await why.getByRole('heading', { name: `Mengapa Mutu ${card}?` }).waitFor();
    expect(await dash.whyNode('quality').score.textContent()).toBe(card);
    expect(await dash.whyNode('quality').sentence.textContent()).toContain(`nilai ${card}`);
    await dash.whyNode('MUT').expand.click();
    for (const group of ['MUT.B1', 'MUT.B2', 'MUT.B3']) {
      expect(await dash.whyNode(group).score.textContent(), group).toMatch(/^\d+,\d\d%$/);
      expect(await dash.whyNode(group).sentence.textContent(), group).toMatch(/^Rata-rata \d+ butir → nilai/);
    }
    await dash.whyNode('MUT.B1').expand.click();
    expect(await dash.whyNode('MUT.B1.a').sentence.textContent()).toMatch(
      /^Persentase [\d,]+% → tingkat \d+ → nilai \d+,00%$/,
    );
    expect(await why.textContent()).not.toMatch(INTERNAL_ID);
    await screenshot(session.page, '13-why-quality');
    const b1 = (await dash.whyNode('MUT.B1').score.textContent()) ?? '';
    await why.getByRole('button', { name: 'Tutup', exact: true }).click();

    // The rubric screen reads the group on the same scale.
    const rubric = new RubricPage(session.page);
    await rubric.goto(PUSKESMAS, YEAR);
    expect(await rubric.groupHeading('MUT.B1').textContent()).toContain(`Rata-rata kelompok: ${b1}`);
    await dash.goto(PUSKESMAS, YEAR);
  });

  it('says each service node in one sentence, with names, never an id or "Target absolut" twice', async () => {
    const why = await dash.why('service');
    expect(await dash.whyNode('service').sentence.textContent()).toMatch(/^Rata-rata 4 klaster → nilai/);
    await dash.whyNode('SPM').expand.click();
    const spm01 = await dash.whyNode('SPM.01').sentence.textContent();
    expect(spm01).toMatch(
      /^Jumlah \d+ dari sasaran \d+ ibu hamil \(cakupan [\d,]+%\); target ≥ 100% (tidak )?tercapai → nilai [\d,]+%/,
    );
    // Down to the inpatient rows of a Puskesmas without beds, and a death rate.
    await dash.whyNode('UKP').expand.click();
    await dash.whyNode('UKP.A2').expand.click();
    expect(await dash.whyNode('UKP.A2.1').sentence.textContent()).toBe(
      'Tidak dinilai: Puskesmas non rawat inap',
    );
    const text = (await why.textContent()) ?? '';
    expect(text).not.toMatch(INTERNAL_ID);
    for (const sentence of await why.locator('.why-says').allTextContents()) {
      expect(sentence.match(/target absolut/gi)?.length ?? 0, sentence).toBeLessThanOrEqual(1);
      expect(sentence).not.toMatch(/Rasio|undefined|NaN/);
    }
    await screenshot(session.page, '14-why-service');
    await session.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(session.page, '14b-why-service-1024');
    await session.page.setViewportSize(VIEWPORT);
    await why.getByRole('button', { name: 'Tutup', exact: true }).click();
  });
});

describe('the years a user can open', () => {
  beforeAll(async () => {
    await signInAs(session, account('pelaksana', PUSKESMAS).username);
  });

  it('offers only the year the district has a catalog for', async () => {
    const entry = new EntryPage(session.page);
    await entry.goto(PUSKESMAS, YEAR);
    expect(await new Shell(session.page).yearsOffered()).toEqual(['2023']);
    // The grid's score says why in the dashboard's sentence, to date.
    const score = session.page.locator('td.progress-cell.score').first();
    expect(await score.getAttribute('title')).toMatch(
      /^Jumlah [\d.]+ dari sasaran [\d.,]+ \(cakupan [\d,]+%\); target ≥ [\d,]+% (tidak )?tercapai → nilai [\d,]+%/,
    );
  });

  it('says plainly why 2024 is not there and who opens it, without an error to retry', async () => {
    await session.page.goto(`/puskesmas/${PUSKESMAS}/2024/entries`);
    const missing = session.page.getByTestId('year-missing');
    await missing.waitFor();
    expect(await missing.textContent()).toBe(
      'Katalog indikator tahun 2024 untuk Kabupaten Pati belum dibuat. Admin Dinkes membuka tahun baru.',
    );
    expect(await session.page.getByRole('alert').count()).toBe(0);
    expect(await session.page.getByRole('button', { name: 'Coba lagi' }).count()).toBe(0);
    const shell = new Shell(session.page);
    expect(await shell.yearsOffered()).toEqual(['2024 (belum ada)', '2023']);
    await screenshot(session.page, '15-year-missing');
    await session.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(session.page, '15b-year-missing-1024');
    await session.page.setViewportSize(VIEWPORT);

    // The years there are, one click away.
    await session.page.getByRole('link', { name: '2023', exact: true }).click();
    await new EntryPage(session.page).grid().waitFor();
    expect(new URL(session.page.url()).pathname).toBe(`/puskesmas/${PUSKESMAS}/2023/entries`);
  });

  it('tells the district the same on its dashboard', async () => {
    await signInAs(session, account('verifikator').username);
    await session.page.goto('/districts/3318/2024/dashboard');
    await session.page.getByTestId('year-missing').waitFor();
    expect(await session.page.getByTestId('year-missing').textContent()).toContain(
      'Katalog indikator tahun 2024 untuk Kabupaten Pati belum dibuat.',
    );
    expect(await new Shell(session.page).yearsOffered()).toEqual(['2024 (belum ada)', '2023']);
  });
});
