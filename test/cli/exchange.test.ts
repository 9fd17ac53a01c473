// `pkp export` and `pkp import --dry-run` end to end, on both back ends, over the small demo (three
// Puskesmas, loaded in-process before the CLI opens the same database).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import type { Dhis2DataValueSet } from '../../src/exchange/dhis2/data-value-set.ts';
import { parseJson } from './helpers.ts';
import { describeCliOnSmallDemo } from './small-demo-cli.ts';

describeCliOnSmallDemo('pkp export and pkp import', ({ pkp, dir }) => {
  it('exports DHIS2 JSON with progress on stderr; a dry run of it changes nothing, one changed value counts', async () => {
    const file = join(dir(), 'pati.json');
    const exported = await pkp(
      'export',
      '--district',
      '3318',
      '--year',
      '2023',
      '--format',
      'dhis2-json',
      '--out',
      file,
    );
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('3/3 Puskesmas');
    expect(exported.stdout).toBe(`3 Puskesmas diekspor (dhis2-json) ke ${file}.\n`);

    const same = await pkp('import', file, '--dry-run');
    expect(same.stderr).toBe('');
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(
      /^Uji coba impor dhis2-json \(tidak ada yang disimpan\): 0 baru, 0 diubah, \d+ sama\/diabaikan\./,
    );

    const set = JSON.parse(await readFile(file, 'utf8')) as Dhis2DataValueSet;
    const i = set.dataValues.findIndex((v) => v.dataElement.endsWith('.NUM'));
    set.dataValues[i] = { ...set.dataValues[i]!, value: String(Number(set.dataValues[i]!.value) + 1) };
    await writeFile(file, JSON.stringify(set));
    const changed = parseJson<{ status: string; importCount: { updated: number } }>(
      await pkp('import', file, '--dry-run', '--json'),
    );
    expect(changed).toMatchObject({ status: 'SUCCESS', importCount: { updated: 1 } });

    set.dataValues[i] = { ...set.dataValues[i]!, value: '-1' };
    await writeFile(file, JSON.stringify(set));
    const refused = await pkp('import', file, '--dry-run');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`dataValues[${i}]: Nilai numerator`);
  });

  it('exports ADX and a FHIR Bundle of one Puskesmas; refuses a file of no known format', async () => {
    const adx = join(dir(), 'pati.xml');
    const out = await pkp(
      'export',
      '--district',
      '3318',
      '--year',
      '2023',
      '--format',
      'adx',
      '--out',
      adx,
      '--puskesmas',
      'P3318001',
    );
    expect(out.code).toBe(0);
    expect(await readFile(adx, 'utf8')).toContain(
      '<group orgUnit="P3318001" period="2023-01-01/P1Y" dataSet="PKP">',
    );
    const imported = await pkp('import', adx, '--dry-run');
    expect(imported.code).toBe(0);

    const fhir = join(dir(), 'pati.fhir.json');
    expect(
      (await pkp('export', '--district', '3318', '--year', '2023', '--format', 'fhir', '--out', fhir)).code,
    ).toBe(0);
    expect(JSON.parse(await readFile(fhir, 'utf8'))).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
    });

    const other = join(dir(), 'other.txt');
    await writeFile(other, 'kode,nilai\n');
    const unknown = await pkp('import', other);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('tidak dikenali');
  });

  it('pkp report: the district as a zip of every report, with its progress', async () => {
    const zip = join(dir(), 'laporan.zip');
    const all = await pkp(
      'report',
      '--district',
      '3318',
      '--year',
      '2023',
      '--format',
      'docx',
      '--stage',
      'self',
      '--out',
      zip,
    );
    expect(all.code).toBe(0);
    expect(all.stderr).toContain('[3/3]');
    expect(all.stderr).toMatch(/3 dari 3 laporan dalam [\d,]+ dtk/);
    const entries = Object.keys((await JSZip.loadAsync(await readFile(zip))).files);
    expect(entries.filter((n) => n.startsWith('Laporan/') && n.endsWith('.docx'))).toHaveLength(3);

    const usage = await pkp(
      'report',
      '--puskesmas',
      'P3318001',
      '--district',
      '3318',
      '--year',
      '2023',
      '--out',
      zip,
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('either --puskesmas or --district');
  });
});
