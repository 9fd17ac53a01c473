// Bab V and Bab VI in the browser: the koordinator reads the indicators below target, writes the
// problem of one with its causes and USG, and plans an RTL action for it; an action whose due date
// has passed while it is still under way is flagged overdue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { AnalysisPage } from './pages/analysis.page.ts';

const PUSKESMAS = 'P3318001';

describe('analysis (Bab V) and RTL (Bab VI)', () => {
  let pkp: RunningPkp;
  let koordinator: Session;
  let code = '';

  beforeAll(async () => {
    pkp = await startPkp();
    koordinator = await openSession(pkp.url);
    await signInAs(koordinator, account('koordinator', PUSKESMAS).username);
  });

  afterAll(async () => {
    await koordinator?.close();
    await pkp?.stop();
  });

  it('lists the indicators below target with what was achieved, the target and the gap', async () => {
    await koordinator.page.getByRole('link', { name: 'Analisis & RTL' }).click();
    const analysis = new AnalysisPage(koordinator.page);
    await koordinator.page.locator('.gap-table').waitFor();
    const codes = await analysis.gapCodes();
    expect(codes.length).toBeGreaterThan(0);
    code = codes[0]!;
    const cells = await analysis.gap(code).locator('td').allTextContents();
    // Achieved, target (with its comparison), gap, score.
    expect(cells[1]).toMatch(/^[≥≤<>=] /);
    await screenshot(koordinator.page, '65-analysis-gaps');
    const findings = await blockingAxeFindings(koordinator.page, 'analysis');
    expect(findings, describeFindings(findings)).toEqual([]);
  });

  it('records the problem with causes under their headings and USG, and ranks it', async () => {
    const analysis = new AnalysisPage(koordinator.page);
    await analysis.writeProblem(
      code,
      'Ibu hamil baru memeriksakan diri setelah trimester pertama.',
      {
        Manusia: ['Bidan desa merangkap tugas', 'Kader belum terlatih mendata bumil'],
        Metode: ['Pendataan bumil hanya di posyandu'],
        Lingkungan: ['Jarak ke Puskesmas jauh di desa pegunungan'],
      },
      [5, 4, 3],
    );
    await koordinator.page
      .getByRole('status')
      .filter({ hasText: /^Masalah .* tersimpan\.$/ })
      .waitFor();
    expect(await analysis.gap(code).textContent()).toContain('Prioritas 1 · USG 12');
    const priority = koordinator.page.locator(`.priority-table tr[data-priority="${code}"]`);
    expect(await priority.locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['1', '5', '4', '3', '12']),
    );
    await screenshot(koordinator.page, '66-analysis-problem');
  });

  it('plans an RTL action for the problem and flags it overdue once its due date has passed', async () => {
    const analysis = new AnalysisPage(koordinator.page);
    await analysis.addAction(code, {
      action: 'Kelas ibu hamil dan pendataan bumil oleh kader di setiap desa',
      target: 'Cakupan ≥ 95% pada Desember',
      person: 'Bidan koordinator',
      start: '2024-01-02',
      due: '2024-03-31',
      budget: 'BOK',
      status: 'Berjalan',
    });
    const row = analysis.rtlOf(code).locator('tr[data-action]').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Bidan koordinator');
    expect(await row.getByTestId('overdue').textContent()).toMatch(/^Terlambat \d+ hari$/);
    expect(await koordinator.page.getByTestId('overdue-count').textContent()).toContain(
      '1 tindakan RTL terlambat',
    );
    await analysis.rtlOf(code).scrollIntoViewIfNeeded();
    await screenshot(koordinator.page, '67-rtl-overdue');
    await koordinator.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(koordinator.page, '67-rtl-overdue-1024');
    await koordinator.page.setViewportSize({ width: 1366, height: 768 });
    const findings = await blockingAxeFindings(koordinator.page, 'rtl');
    expect(findings, describeFindings(findings)).toEqual([]);

    // Done: no longer overdue.
    await row.getByRole('button', { name: 'Ubah' }).click();
    const form = analysis.rtlOf(code).locator('form.action-form');
    await form.getByLabel('Status').selectOption({ label: 'Selesai' });
    await form.getByLabel('Tindak lanjut').fill('Kelas ibu hamil berjalan di 12 desa sejak Februari.');
    await form.getByRole('button', { name: 'Simpan tindakan' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await row.getByTestId('overdue').count()).toBe(0);
    expect(await row.textContent()).toContain('Selesai');
  });
});
