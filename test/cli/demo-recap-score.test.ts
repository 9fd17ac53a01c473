// `pkp demo`, `pkp recap` and `pkp score --puskesmas` on one demo data directory, made once.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, parseJson, removeDir, runPkp, type CliResult } from './helpers.ts';

interface RecapRow {
  rank: number | null;
  kelompok: 'I' | 'II' | 'III' | null;
  service: number | null;
  management: number | null;
  quality: number | null;
  serviceCategory: string | null;
  managementCategory: string | null;
  qualityCategory: string | null;
  overallCategory: string | null;
  computedAt: string;
  puskesmas: { code: string; name: string; rawatInap: boolean };
}

interface Recap {
  district: { code: string; name: string };
  year: number;
  stage: string;
  rows: RecapRow[];
}

interface Axis {
  score: number | null;
  category: string | null;
}

interface PuskesmasScoreJson {
  puskesmas: { code: string };
  district: { code: string };
  year: number;
  stage: string;
  service: Axis;
  management: Axis;
  quality: Axis;
  overall: { category: string | null; kelompok: string | null };
  nodes: Record<string, { score: number | null }>;
}

const KELOMPOK_OF = { Baik: 'I', Cukup: 'II', Kurang: 'III' } as const;

let tmp: string;
let dataDir: string;
let firstDemo: CliResult;
let recap: Recap;
let recapJson: string;

const pkp = (...args: string[]) => runPkp(args, { dataDir, timeoutMs: 110_000 });

beforeAll(async () => {
  tmp = await makeTempDir('pkp-cli-demo-');
  dataDir = join(tmp, 'data');
  firstDemo = await pkp('demo');
  if (firstDemo.code !== 0) throw new Error(`pkp demo exited ${firstDemo.code}:\n${firstDemo.stderr}`);
  const result = await pkp('recap', '--district', '3318', '--year', '2023', '--json');
  if (result.code !== 0) throw new Error(`pkp recap exited ${result.code}:\n${result.stderr}`);
  recapJson = result.stdout;
  recap = parseJson<Recap>(result);
}, 120_000);

afterAll(async () => {
  await removeDir(tmp);
});

// One PGlite directory is used by one process at a time: these tests run one after the other.
describe('pkp demo', () => {
  it('creates the district, reports progress on stderr and prints the recap on stdout', () => {
    expect(firstDemo.stdout).toContain('Kelompok I');
    expect(firstDemo.stdout).toContain('Kabupaten Pati (3318)');
    expect(firstDemo.stderr).toContain('29/29');
    expect(firstDemo.stderr).toContain('6/6  Puskesmas Dawe');
    expect(firstDemo.stderr).toContain('Kabupaten demo 3318 & 3319 tahun 2023 dibuat');
  });

  it('creates the second district beside it: Kabupaten Kudus, six Puskesmas on its own catalog', async () => {
    const kudus = await pkp('recap', '--district', '3319', '--year', '2023', '--json');
    expect(kudus.code).toBe(0);
    const rows = parseJson<Recap>(kudus).rows;
    expect(rows.map((r) => r.puskesmas.code).sort()).toEqual([1, 2, 3, 4, 5, 6].map((i) => `P331900${i}`));
    const catalog = await pkp('catalog', '--district', '3319', '--year', '2023', '--json');
    const codes = parseJson<{ code: string }[]>(catalog).map((r) => r.code);
    expect(codes).not.toContain('UKMP.C.5');
    expect(codes).toContain('UKMP.C.4');
  });

  it('run a second time: exit 0, says nothing changed, and the stored results are untouched', async () => {
    const again = await pkp('demo');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('sudah ada');
    expect(again.stderr).not.toContain('29/29');
    expect(again.stderr).not.toContain('6/6');
    expect(again.stdout).toContain('Kelompok I');

    const after = await pkp('recap', '--district', '3318', '--year', '2023', '--json');
    expect(after.code).toBe(0);
    expect(after.stdout).toBe(recapJson); // same scores, same computedAt
  });

  it('--scale province adds more districts of Jawa Tengah beside the demo, leaving Pati as it was', async () => {
    const province = await pkp('demo', '--scale', 'province', '--districts', '1');
    expect(province.code, province.stderr).toBe(0);
    expect(province.stderr).toContain('1/1  Kabupaten Cilacap');
    expect(province.stderr).toMatch(/Provinsi Jawa Tengah: \d+ Puskesmas dari 1 kabupaten\/kota lain dibuat/);
    const cilacap = await pkp(
      'recap',
      '--district',
      '3301',
      '--year',
      '2023',
      '--stage',
      'verified',
      '--json',
    );
    expect(cilacap.code, cilacap.stderr).toBe(0);
    const rows = parseJson<Recap>(cilacap).rows;
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.every((r) => r.kelompok !== null && r.puskesmas.code.startsWith('P3301'))).toBe(true);
    const pati = await pkp('recap', '--district', '3318', '--year', '2023', '--json');
    expect(pati.stdout).toBe(recapJson);

    for (const [args, words] of [
      [['--scale', 'nation'], '--scale takes province or national'],
      [['--scale', 'province', '--districts', '34'], '--districts takes a whole number from 1 to 33'],
      [['--districts', '2'], '--districts goes with --scale province or national'],
      [['--scale', 'province', '--provinces', '2'], '--provinces goes with --scale national'],
      [['--scale', 'national', '--provinces', '39'], '--provinces takes a whole number from 1 to 38'],
    ] as const) {
      const refused = await pkp('demo', ...args);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(words);
    }
    // The national demo is a server's load: the embedded store is told so, and nothing is written.
    const national = await pkp('demo', '--scale', 'national', '--provinces', '1', '--districts', '1');
    expect(national.code).toBe(1);
    expect(national.stderr).toContain('hanya untuk PostgreSQL');
  });
});

describe('pkp recap', () => {
  it('has the 29 Puskesmas of district 3318 in 2023, self-assessment', () => {
    expect(recap.district.code).toBe('3318');
    expect(recap.year).toBe(2023);
    expect(recap.stage).toBe('self');
    expect(recap.rows).toHaveLength(29);
    expect(new Set(recap.rows.map((r) => r.puskesmas.code)).size).toBe(29);
    for (const row of recap.rows) {
      expect(row).toHaveProperty('rank');
      expect(row).toHaveProperty('kelompok');
      expect(typeof row.service, row.puskesmas.code).toBe('number');
      expect(typeof row.management, row.puskesmas.code).toBe('number');
      expect(typeof row.quality, row.puskesmas.code).toBe('number');
      expect(typeof row.puskesmas.code).toBe('string');
    }
  });

  it('all three categories occur, and Kelompok follows the overall category', () => {
    const categories = new Set(recap.rows.map((r) => r.overallCategory));
    expect(categories).toEqual(new Set(['Baik', 'Cukup', 'Kurang']));
    for (const row of recap.rows) {
      expect(row.overallCategory, row.puskesmas.code).not.toBeNull();
      expect(row.kelompok, row.puskesmas.code).toBe(
        KELOMPOK_OF[row.overallCategory as keyof typeof KELOMPOK_OF],
      );
    }
  });

  it('lists Kelompok I, II, III in order; ranks start at 1 inside each and never go down', () => {
    const order = { I: 1, II: 2, III: 3 };
    const rows = recap.rows;
    for (let i = 1; i < rows.length; i++) {
      const [prev, row] = [rows[i - 1] as RecapRow, rows[i] as RecapRow];
      expect(order[row.kelompok ?? 'III']).toBeGreaterThanOrEqual(order[prev.kelompok ?? 'III']);
    }
    for (const kelompok of ['I', 'II', 'III'] as const) {
      const group = rows.filter((r) => r.kelompok === kelompok);
      expect(group.length, `Kelompok ${kelompok}`).toBeGreaterThan(0);
      expect(group[0]?.rank, `Kelompok ${kelompok}`).toBe(1);
      for (let i = 1; i < group.length; i++) {
        const [prev, row] = [group[i - 1] as RecapRow, group[i] as RecapRow];
        expect(row.rank).toBeGreaterThanOrEqual(prev.rank as number);
        // Ranked by service first (on 2-decimal figures).
        expect(Math.round((row.service as number) * 100)).toBeLessThanOrEqual(
          Math.round((prev.service as number) * 100),
        );
      }
    }
  });

  it('prints a readable table without --json', async () => {
    const result = await pkp('recap', '--district', '3318', '--year', '2023');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Rekapitulasi Penilaian Kinerja Puskesmas');
    expect(result.stdout).toContain((recap.rows[0] as RecapRow).puskesmas.code);
    expect(result.stdout).toMatch(/Kelompok I: \d+ {3}Kelompok II: \d+ {3}Kelompok III: \d+/);
  });

  it('an unknown district exits 1 with a message', async () => {
    const result = await pkp('recap', '--district', '9999', '--year', '2023');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('9999');
    expect(result.stdout).toBe('');
  });
});

describe('pkp score --puskesmas', () => {
  it('gives the same axes, category and Kelompok as the recap row', async () => {
    const row = recap.rows[0] as RecapRow;
    const result = await pkp('score', '--puskesmas', row.puskesmas.code, '--year', '2023', '--json');
    expect(result.code).toBe(0);
    const score = parseJson<PuskesmasScoreJson>(result);
    expect(score.puskesmas.code).toBe(row.puskesmas.code);
    expect(score.district.code).toBe('3318');
    expect(score.year).toBe(2023);
    expect(score.service).toEqual({ score: row.service, category: row.serviceCategory });
    expect(score.management).toEqual({ score: row.management, category: row.managementCategory });
    expect(score.quality).toEqual({ score: row.quality, category: row.qualityCategory });
    expect(score.overall).toEqual({ category: row.overallCategory, kelompok: row.kelompok });
    expect(Object.keys(score.nodes)).toEqual(expect.arrayContaining(['service', 'SPM.01']));
    expect(score.nodes.service?.score).toBe(row.service);
  });

  it('a Puskesmas of the last Kelompok scores the same as its row too', async () => {
    const row = recap.rows[recap.rows.length - 1] as RecapRow;
    const result = await pkp('score', '--puskesmas', row.puskesmas.code, '--year', '2023', '--json');
    expect(result.code).toBe(0);
    const score = parseJson<PuskesmasScoreJson>(result);
    expect(score.overall).toEqual({ category: row.overallCategory, kelompok: row.kelompok });
    expect(score.service.score).toBe(row.service);
  });

  it('without --json prints the axes, the category and the tree', async () => {
    const row = recap.rows[0] as RecapRow;
    const result = await pkp('score', '--puskesmas', row.puskesmas.code, '--year', '2023');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(row.puskesmas.code);
    expect(result.stdout).toContain('Kategori kinerja');
    expect(result.stdout).toContain(`Kelompok: ${row.kelompok}`);
    expect(result.stdout).toContain('SPM.01');
  });

  it("prints the tree in the dashboard's sentences, each axis on its card's scale, roots by name", async () => {
    const result = await pkp('score', '--puskesmas', 'P3318001', '--year', '2023', '--depth', '9');
    expect(result.code).toBe(0);
    const json = parseJson<PuskesmasScoreJson>(
      await pkp('score', '--puskesmas', 'P3318001', '--year', '2023', '--json'),
    );
    const lines = result.stdout.split('\n');
    const line = (start: RegExp) => lines.find((l) => start.test(l)) ?? '';
    // The axis roots by their names, never "service Pelayanan".
    expect(result.stdout).not.toMatch(/\b(service|management|quality) (Pelayanan|Manajemen|Mutu)\b/);
    expect(line(/^Pelayanan +[\d,]+%/)).toMatch(/Rata-rata 4 klaster → nilai \d+,\d\d%/);
    // Mutu as a percentage in the tree too, the same figure as the axis: 68,33%, not 6,83.
    const quality = new Intl.NumberFormat('id-ID', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(json.quality.score!);
    expect(line(/^Mutu +[\d,]+%/)).toContain(`${quality}%`);
    expect(line(/^ {2}MUT /)).toMatch(/Rata-rata 3 kelompok → nilai [\d,]+%/);
    expect(line(/^ {4}SPM\.01 /)).toMatch(
      /Jumlah \d+ dari sasaran \d+ ibu hamil \(cakupan [\d,]+%\); target ≥ 100%/,
    );
    expect(line(/^ {6}UKP\.A2\.1 /)).toContain('Tidak dinilai: Puskesmas non rawat inap');
  });

  it('an unknown Puskesmas code exits 1 with a message that names it', async () => {
    const result = await pkp('score', '--puskesmas', 'P9999999', '--year', '2023');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('P9999999');
    expect(result.stdout).toBe('');
  });

  it('pkp catalog --district 3318 reads the catalog the demo district adopted', async () => {
    const result = await pkp('catalog', '--year', '2023', '--district', '3318', '--json');
    expect(result.code).toBe(0);
    const codes = parseJson<{ code: string }[]>(result).map((x) => x.code);
    expect(codes).toHaveLength(237);
    expect(codes).toContain('SPM.01');
  });
});
