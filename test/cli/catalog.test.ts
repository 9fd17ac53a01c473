// `pkp catalog`: the built-in 2023 catalog (Pati decree, Tables 1–5) through the real CLI.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, parseJson, removeDir, runPkp } from './helpers.ts';

interface CatalogRow {
  code: string;
  name: string;
  unit: string;
  kind: string;
  table: number;
  sasaran: string;
  target: { printed: string };
}

let tmp: string;
let dataDir: string;

beforeAll(async () => {
  tmp = await makeTempDir();
  dataDir = join(tmp, 'data');
});

afterAll(async () => {
  await removeDir(tmp);
});

const pkp = (...args: string[]) => runPkp(args, { dataDir });

describe.concurrent('pkp catalog', () => {
  it('--json lists the 237 indicators of 2023, Tables 1–5, with unique codes', async () => {
    const result = await pkp('catalog', '--year', '2023', '--json');
    expect(result.code).toBe(0);
    const rows = parseJson<CatalogRow[]>(result);
    expect(Array.isArray(rows)).toBe(true);
    expect(rows).toHaveLength(237);
    expect(new Set(rows.map((r) => r.code)).size).toBe(237);

    const perTable: Record<number, number> = {};
    for (const row of rows) perTable[row.table] = (perTable[row.table] ?? 0) + 1;
    expect(perTable).toEqual({ 1: 12, 2: 143, 3: 12, 4: 26, 5: 44 });

    for (const row of rows) {
      expect(row.code, JSON.stringify(row)).toMatch(/\S/);
      expect(typeof row.name, row.code).toBe('string');
      expect(row.name.trim(), row.code).not.toBe('');
      expect(typeof row.unit, row.code).toBe('string');
      expect(typeof row.kind, row.code).toBe('string');
      expect(row.kind.trim(), row.code).not.toBe('');
      expect(typeof row.target?.printed, row.code).toBe('string');
      // Table 1 prints no sasaran column, so the field may be empty, but it is always there.
      expect(typeof row.sasaran, row.code).toBe('string');
    }
  });

  it('without --json prints a table with the source and the count', async () => {
    const result = await pkp('catalog', '--year', '2023');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('SPM.01');
    expect(result.stdout).toContain('Indikator');
    expect(result.stdout).toContain('237 indikator');
  });

  it('PKP_LANG=en prints English headings', async () => {
    const result = await runPkp(['catalog', '--year', '2023'], { dataDir, env: { PKP_LANG: 'en' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Indicator');
    expect(result.stdout).toContain('237 indicators');
  });

  it('--year 1999 is refused with a message', async () => {
    const result = await pkp('catalog', '--year', '1999');
    expect([1, 2]).toContain(result.code);
    expect(result.stderr).toContain('1999');
    expect(result.stdout).toBe('');
  });

  it('--year abc is a usage error', async () => {
    const result = await pkp('catalog', '--year', 'abc');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--year');
  });

  it('--year 2024 has no catalog: exit 1 with a localized message', async () => {
    const result = await pkp('catalog', '--year', '2024');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('katalog bawaan untuk tahun 2024');
    expect(result.stdout).toBe('');
  });

  it('export --averages-by ilp writes the built-in variant averaged by the ILP clusters; an unknown grouping is refused', async () => {
    const out = join(tmp, 'pati-2023-ilp.json');
    const written = await pkp('catalog', 'export', '--year', '2023', '--averages-by', 'ilp', '--out', out);
    expect(written.code, written.stderr).toBe(0);
    const doc = JSON.parse(await readFile(out, 'utf8')) as {
      averagesBy?: string;
      groupings: { id: string }[];
    };
    expect(doc.averagesBy).toBe('ilp');
    expect(doc.groupings.map((g) => g.id)).toEqual(['ilp']);
    const refused = await pkp(
      'catalog',
      'export',
      '--year',
      '2023',
      '--averages-by',
      'klaster',
      '--out',
      out,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Katalog tidak memiliki pengelompokan "klaster" (yang ada: tabel, ilp).',
    );
  });
});
