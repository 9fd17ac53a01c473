// The Excel workbooks on a real database: Tables 1–5 print the stored scores; the entry workbook
// re-imported unchanged changes nothing; one changed cell imports as one update and moves the score;
// a file with a bad cell writes nothing.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../../test/db/small-demo.ts';
import { yearTables } from '../../app/exchange/year-tables.ts';
import type { OrgUnitWithAncestors } from '../../app/ports.ts';
import { puskesmasScore } from '../../app/puskesmas-score.ts';
import { yearKeyOf } from '../../app/year-key.ts';
import { setAssessmentStatus } from '../../data/repositories/assessments.repository.ts';
import { exportDistrictWorkbook } from './district-workbook.ts';
import { ENTRY_COLUMNS, ENTRY_HEADER_ROW, ENTRY_SHEET } from './entry-layout.ts';
import { exportEntryWorkbook } from './entry-workbook.ts';
import { importEntryWorkbook } from './import-entry-workbook.ts';
import { exportTablesWorkbook } from './tables-workbook.ts';

const now = new Date('2024-02-10T02:00:00Z');
const clock = () => now;
const KAPUS = { username: 'kapus', role: 'kepala_puskesmas' } as const;

async function loaded(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describeOnBackends('Excel workbooks of a Puskesmas-year', (backend) => {
  let demo: SmallDemo;
  let unit: OrgUnitWithAncestors;
  let deps: Parameters<typeof importEntryWorkbook>[0];
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    unit = demo.units[0]!;
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    if (assessment.status !== 'draft')
      await setAssessmentStatus(backend.db, { assessmentId: assessment.id, status: 'draft', actor: 'test' });
    deps = { uow: demo.uow, repos: demo.repos, clock };
  });

  it('prints Tables 1–5 with the stored scores, and the district recap with a Data row per indicator', async () => {
    const tables = await yearTables(demo.repos, unit, DEMO_YEAR, 'self', { now });
    const score = await puskesmasScore(demo.repos, unit.code, DEMO_YEAR, 'self');
    expect(tables.tables.map((t) => t.cluster)).toEqual([
      'spm',
      'ukm-esensial',
      'ukm-pengembangan',
      'ukp',
      'manajemen',
      'mutu',
    ]);
    const k1 = tables.tables[0]!.rows.find((r) => r.code === 'SPM.01')!;
    expect(k1).toMatchObject({ type: 'indicator', score: score.nodes['SPM.01']!.score });
    expect(k1.type === 'indicator' && k1.sasaran).toBeGreaterThan(0);
    const withVariable = tables.tables[1]!.rows.find((r) => r.type === 'indicator' && r.variableCode)!;
    expect(withVariable.type === 'indicator' && withVariable.variableScore).toBe(
      score.nodes[withVariable.type === 'indicator' ? withVariable.variableCode! : '']!.score,
    );
    const workbook = await loaded(await exportTablesWorkbook(tables));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Tabel 1 SPM',
      'Tabel 2 UKM Esensial',
      'Tabel 3 UKM Pengembangan',
      'Tabel 4 UKP',
      'Tabel 5 Manajemen',
      'Tabel 5 Mutu',
    ]);
    const spm = workbook.getWorksheet('Tabel 1 SPM')!;
    expect(spm.getRow(5).getCell(9).value).toBe('% Capaian');
    expect(spm.getRow(6).getCell(9).value).toBe(k1.score);

    const district = await loaded(await exportDistrictWorkbook(demo.repos, '3318', DEMO_YEAR, 'self'));
    expect(district.getWorksheet('Rekap')!.getRow(5).getCell(2).value).toMatch(/^P3318/);
    const indicators = tables.tables.flatMap((t) => t.rows.filter((r) => r.type !== 'group')).length;
    expect(district.getWorksheet('Data')!.rowCount).toBe(4 + 3 * indicators);
  });

  it('imports its own export as no change, one changed cell as one update (and the score moves), a bad file as nothing', async () => {
    const exported = await exportEntryWorkbook(demo.repos, { unit, year: DEMO_YEAR, now });
    const input = { unit, year: DEMO_YEAR, editor: KAPUS, reason: 'perbaikan dari buku isian' };
    const same = await importEntryWorkbook(deps, exported, { ...input, dryRun: false });
    expect(same).toMatchObject({ status: 'success', imported: 0, updated: 0, conflicts: [], changes: [] });
    expect(same.ignored).toBeGreaterThan(100);

    // SPM.01's numerator for March, plus one.
    const workbook = await loaded(exported);
    const sheet = workbook.getWorksheet(ENTRY_SHEET)!;
    let row = ENTRY_HEADER_ROW + 1;
    while (sheet.getRow(row).getCell(ENTRY_COLUMNS.code).value !== 'SPM.01') row++;
    const march = sheet.getRow(row).getCell(ENTRY_COLUMNS.firstMonth + 2);
    const before = march.value as number;
    march.value = before + 50;
    const changed = Buffer.from(await workbook.xlsx.writeBuffer());

    // A bad cell elsewhere: nothing is written, the good change is still listed in the dry run's checks.
    sheet.getRow(row).getCell(ENTRY_COLUMNS.firstMonth + 3).value = 'abc';
    const bad = await importEntryWorkbook(deps, Buffer.from(await workbook.xlsx.writeBuffer()), {
      ...input,
      dryRun: false,
    });
    expect(bad.status).toBe('error');
    expect(bad.conflicts.map((c) => c.source.id)).toEqual([
      `lembar 'Isian bulanan', baris ${row}, kolom K (Apr)`,
    ]);
    const stored = async () =>
      (
        await demo.repos.listMonthlyValueRecords(
          yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!),
          'self',
        )
      ).find((v) => v.indicatorCode === 'SPM.01' && v.month === `${DEMO_YEAR}-03`)!;
    expect((await stored()).numerator).toBe(before);

    const scoreBefore = (await puskesmasScore(demo.repos, unit.code, DEMO_YEAR)).nodes['SPM.01']!.score;
    const dry = await importEntryWorkbook(deps, changed, { ...input, dryRun: true });
    expect(dry).toMatchObject({ status: 'success', dryRun: true, imported: 0, updated: 1 });
    expect((await stored()).numerator).toBe(before);
    const done = await importEntryWorkbook(deps, changed, { ...input, dryRun: false });
    expect(done).toMatchObject({ status: 'success', imported: 0, updated: 1, conflicts: [] });
    expect(done.changes).toEqual([
      expect.objectContaining({
        indicatorCode: 'SPM.01',
        month: `${DEMO_YEAR}-03`,
        field: 'numerator',
        before,
        after: before + 50,
      }),
    ]);
    expect((await stored()).numerator).toBe(before + 50);
    const scoreAfter = (await puskesmasScore(demo.repos, unit.code, DEMO_YEAR)).nodes['SPM.01']!.score;
    expect(scoreAfter).not.toBe(scoreBefore);
  });
});
