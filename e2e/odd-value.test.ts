// A value stored before the bounds existed (1e308 mothers in a month, written straight into the
// database) still lets the entry grid open for the Puskesmas, and the officer corrects the cell there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/data/db.ts';
import { getAssessment } from '../src/data/repositories/assessments.repository.ts';
import { getOrgUnitByCode } from '../src/data/repositories/org-units.repository.ts';
import { monthlyValues, targets } from '../src/data/schema.ts';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { demoDataDir, startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;
const MARCH = '2023-03';

/** Writes odd numbers past every check, as a hand-made SQL load would, while no server holds the store. */
async function storeOddValues(dataDir: string): Promise<void> {
  const store = await openDb({ dataDir });
  try {
    const unit = (await getOrgUnitByCode(store.db, PUSKESMAS))!;
    const assessment = (await getAssessment(store.db, unit.id, YEAR))!;
    const year = { districtId: assessment.districtId, assessmentId: assessment.id };
    const key = [
      monthlyValues.districtId,
      monthlyValues.assessmentId,
      monthlyValues.stage,
      monthlyValues.indicatorCode,
      monthlyValues.month,
    ];
    for (const [indicatorCode, numerator] of [
      ['SPM.01', 1e308],
      ['SPM.02', 1.5],
    ] as const) {
      await store.db
        .insert(monthlyValues)
        .values({ ...year, indicatorCode, month: MARCH, stage: 'self', numerator, enteredBy: 'psql' })
        .onConflictDoUpdate({ target: key, set: { numerator } });
    }
    await store.db
      .insert(targets)
      .values({ ...year, indicatorCode: 'SPM.03', sasaran: 1e-300, updatedBy: 'psql' })
      .onConflictDoUpdate({
        target: [targets.districtId, targets.assessmentId, targets.stage, targets.indicatorCode],
        set: { sasaran: 1e-300 },
      });
  } finally {
    await store.close();
  }
}

describe('an odd value already stored', () => {
  let pkp: RunningPkp;
  let session: Session;
  let entry: EntryPage;

  beforeAll(async () => {
    const dataDir = await demoDataDir();
    await storeOddValues(dataDir);
    pkp = await startPkp({ dataDir });
    session = await openSession(pkp.url);
    await signInAs(session, account('pelaksana', PUSKESMAS).username);
    entry = new EntryPage(session.page);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it('opens the entry grid with the odd cell in it, and no unreadable answer', async () => {
    await entry.goto(PUSKESMAS, YEAR);
    const cell = entry.cell('SPM.01', 'numerator', MARCH);
    expect((await cell.inputValue()).replace(/\D/g, '')).toMatch(/^1(0{308})$/);
    expect(await entry.cell('SPM.02', 'numerator', MARCH).inputValue()).toBe('1,5');
    expect(await session.page.getByText('Jawaban server tidak dapat dibaca').count()).toBe(0);
    await screenshot(session.page, '12-entry-odd-value');
  });

  it('lets the officer type the right value over it, and keeps it', async () => {
    const { page } = session;
    await entry.cell('SPM.01', 'numerator', MARCH).click();
    await page.keyboard.type('31');
    await page.keyboard.press('Enter');
    // March is reported: the fix is a correction, with its reason.
    await entry.giveReason('Angka Maret salah muat');
    await entry.waitSaved();

    await entry.goto(PUSKESMAS, YEAR);
    expect(await entry.cell('SPM.01', 'numerator', MARCH).inputValue()).toBe('31');
  });

  it('refuses 1,5 mothers typed again, saying people are whole', async () => {
    const { page } = session;
    const cell = entry.cell('SPM.02', 'numerator', MARCH);
    await cell.click();
    await page.keyboard.type('2,5');
    await page.keyboard.press('Enter');
    await entry.giveReason();
    await cell.click();
    await expect.poll(() => entry.cellStatus().textContent()).toContain('bilangan bulat');
  });

  it('asks the head of the Puskesmas for whole people in the profile, live births included', async () => {
    const head = await openSession(pkp.url);
    try {
      await signInAs(head, account('kepala_puskesmas', PUSKESMAS).username);
      await keepsWholeLiveBirths(head);
    } finally {
      await head.close();
    }
  });
});

async function keepsWholeLiveBirths({ page }: Session): Promise<void> {
  await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/profile`);
  await page.getByLabel('Kelahiran hidup').fill('1,5');
  await page.getByText('Harus bilangan bulat.').waitFor();
  expect(await page.getByRole('button', { name: 'Simpan' }).isDisabled()).toBe(true);
  await page.getByLabel('Kelahiran hidup').fill('812');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByText('Profil tersimpan.').waitFor();
  await page.reload();
  expect(await page.getByLabel('Kelahiran hidup').inputValue()).toBe('812');
}
