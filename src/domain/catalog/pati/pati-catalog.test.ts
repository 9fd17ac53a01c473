import { describe, expect, it } from 'vitest';
import type { CatalogCluster, CatalogGroup, CatalogIndicator } from '../types.ts';
import { findIndicator, listIndicators, listNodes } from '../walk.ts';
import { target } from './build.ts';
import { patiCatalog2023 } from './index.ts';

const all = listIndicators(patiCatalog2023).map((p) => p.indicator);
const leavesOf = (c: CatalogCluster) =>
  listIndicators({ ...patiCatalog2023, clusters: [c] }).map((p) => p.indicator);
const ofTable = (table: number) =>
  patiCatalog2023.clusters.filter((c) => c.table === table).flatMap(leavesOf);
const get = (code: string): CatalogIndicator => {
  const found = findIndicator(patiCatalog2023, code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};
const groupOf = (code: string): CatalogGroup => {
  const node = patiCatalog2023.clusters.flatMap((c) => listNodes(c)).find((n) => n.code === code);
  if (node?.type !== 'group') throw new Error(`no group ${code}`);
  return node;
};

describe('the Pati 2023 catalog', () => {
  it('names its source and keeps the six clusters in the decree order', () => {
    expect(patiCatalog2023.id).toBe('pati-2023');
    expect(patiCatalog2023.year).toBe(2023);
    expect(patiCatalog2023.source).toContain('Nomor 800/0022');
    expect(patiCatalog2023.clusters.map((c) => [c.cluster, c.table])).toEqual([
      ['spm', 1],
      ['ukm-esensial', 2],
      ['ukm-pengembangan', 3],
      ['ukp', 4],
      ['manajemen', 5],
      ['mutu', 5],
    ]);
  });

  // Hand counts of the printed rows (leaves), table by table.
  it.each([
    // Table 1: 12 SPM services.
    ['Table 1', 1, 12],
    // Table 2: A 8 (A1 3 + A2 2 + A3 1 + A4 2) + B 8 (B1 3 + B2 1 + B3 3 + B4 1)
    //   + C 58 (C1 14 [A 10 + B 4] + C2 8 + C3 4 + C4 7 + C5 6 [A 2 + B 4] + C6 19 [A 6 + B 3 + C 6 + D 4])
    //   + D 18 (D1 8 + D2 2 + D3 4 + D4 1 + D5 2 + D6 1) + E 13 (E1 4 + E2 3 + E3 2 + E4 4)
    //   + F 20 (F1 17 [1–6, the nine "-" rows of 7), 8, 9] + F2 3) + G 10 + H 7 + I 1 = 143.
    ['Table 2', 2, 143],
    // Table 3: A 2 + B 1 + C 5 + D 4 = 12.
    ['Table 3', 3, 12],
    // Table 4: A1 5 + A2 4 + A3 1 + A4 3 + A5 5 + B 3 + C 5 = 26.
    ['Table 4', 4, 26],
    // Table 5: A 33 (A1 2 + A2 8 + A3 3 + A4 7 + A5 11 [1–5 + 6 a–f] + A6 2) + B 11 (B1 6 + B2 2 + B3 3) = 44.
    ['Table 5', 5, 44],
  ])('%s (annex table %i) has %i rows, as counted by hand', (_name, table, count) => {
    expect(ofTable(table)).toHaveLength(count);
  });

  it('has 237 indicator rows in all (12 + 143 + 12 + 26 + 44)', () => {
    expect(all).toHaveLength(237);
    expect(patiCatalog2023.clusters.filter((c) => c.cluster === 'manajemen').flatMap(leavesOf)).toHaveLength(
      33,
    );
    expect(patiCatalog2023.clusters.filter((c) => c.cluster === 'mutu').flatMap(leavesOf)).toHaveLength(11);
  });

  it('gives every node, group or indicator, a unique code', () => {
    const codes = patiCatalog2023.clusters.flatMap((c) => listNodes(c)).map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every group a name and at least one child', () => {
    const groups = patiCatalog2023.clusters.flatMap((c) => listNodes(c)).filter((n) => n.type === 'group');
    for (const g of groups) {
      expect(g.name, g.code).not.toBe('');
      expect(g.children.length, g.code).toBeGreaterThan(0);
    }
  });
});

describe('row shapes', () => {
  it('makes every Table 5 row an annual higher-is-better rubric with the four level keys', () => {
    const table5 = ofTable(5);
    expect(all.filter((i) => i.kind === 'rubric')).toHaveLength(table5.length);
    for (const i of table5) {
      expect(i.kind, i.code).toBe('rubric');
      expect(i.entry, i.code).toBe('annual');
      expect(i.direction, i.code).toBe('higher');
      expect(Object.keys(i.rubric?.levels ?? {}).sort(), i.code).toEqual(['0', '10', '4', '7']);
    }
  });

  it('bands percentage rubrics in ascending order, and leaves the INM items on the default bands with their formula', () => {
    for (const i of all.filter((x) => x.rubric?.bands)) {
      const froms = i.rubric?.bands?.map((b) => b.from) ?? [];
      expect(froms, i.code).toEqual([...froms].sort((a, b) => a - b));
      expect(i.rubric?.input, i.code).toBe('percent');
    }
    const banded = all.filter((i) => i.rubric?.bands).map((i) => i.code);
    expect(banded).toEqual(['MAN.A3.1', 'MAN.A4.6', 'MAN.A4.7', 'MAN.A6.2', 'MUT.B2.1', 'MUT.B3.2']);
    // The one item scored by its rise over last year: the IKS.
    expect(all.filter((i) => i.rubric?.mustRise).map((i) => i.code)).toEqual(['MUT.B2.1']);
    for (const code of ['MUT.B1.a', 'MUT.B1.b', 'MUT.B1.c', 'MUT.B1.d', 'MUT.B1.e', 'MUT.B1.f']) {
      const i = get(code);
      expect(i.rubric?.input, code).toBe('percent');
      expect(i.rubric?.bands, code).toBeUndefined();
      expect(i.rubric?.definition, code).toMatch(/di bagi/);
    }
    const percent = all.filter((i) => i.rubric?.input === 'percent').length;
    expect(percent).toBe(12);
  });

  it('gives every coverage, rate and value row a numeric target or an interpretation', () => {
    for (const i of all.filter((x) => ['coverage', 'rate', 'value'].includes(x.kind))) {
      const ok = i.target.value !== null || (i.interpretation ?? '') !== '';
      expect(ok, i.code).toBe(true);
    }
  });

  it('gives rate rows their per-N and ratio rows their scale', () => {
    for (const i of all) {
      if (i.kind === 'rate') expect([1000, 100000], i.code).toContain(i.per);
      if (i.entry === 'ratio') expect(i.scale, i.code).toBeGreaterThan(0);
    }
  });

  it('matches entry shapes to kinds', () => {
    for (const i of all) {
      if (i.kind === 'yesno') expect(i.entry, i.code).toBe('yesno');
      if (i.kind === 'rubric') expect(i.entry, i.code).toBe('annual');
      if (i.kind === 'rate') expect(i.entry, i.code).toBe('count');
      if (i.entry === 'count' && i.cadence !== 'weekly')
        expect(['coverage', 'rate'], i.code).toContain(i.kind);
    }
  });

  it('never leaves an interpretation empty', () => {
    for (const i of all)
      if (i.interpretation !== undefined) expect(i.interpretation.length, i.code).toBeGreaterThan(20);
  });

  it('makes all of Table 3 optional and nothing else', () => {
    expect(ofTable(3).every((i) => i.optional)).toBe(true);
    expect(all.filter((i) => i.optional)).toHaveLength(12);
  });

  it('says on every ratio row, and on no other, what a year with nothing to count scores', () => {
    // Counts of events a year may rightly have none of: deaths among cases, live births, outbreaks,
    // deliveries, inpatients. Their 0 is nothing to count: excluded (docs/scoring-decisions.md rule 29).
    const excludedValues = [
      ['UKM.C6.D.3', 'Presentasu Bayi dengan Berat Badan Lahir Rendah (<2500 gram)'],
      ['UKM.E1.3', 'Angka kematian kasus DBD'],
      ['UKM.E2.3', 'Angka Kematian Malaria'],
      ['UKM.E4.3', 'Angka kematian Leptospirosis'],
      ['UKM.E4.4', 'P2 GHPR (Gigitan Hewan Penular Rabies)'],
      ['UKM.H.4', 'Cakupan KLB/ wabah ditangani dalam waktu kurang dari 24 jam'],
      ['UKM.H.6', 'Lama waktu Penanggulangan KLB PD3I'],
      ['UKM.H.7', 'Lama waktu Respon PIE (pyk infeksi emerging)'],
      ['UKP.A5.2', 'Rujukan pasien rawat inap'],
      ['UKP.A5.3', 'Rujukan pasien persalinan'],
    ];
    // Populations the Puskesmas must examine or serve: a 0 is a count not made, so missing.
    const missingValues = [
      ['UKM.C5.B.3', 'Cakupan anemia remaja putri kelas 7 dan 10'],
      ['UKM.C6.B.1', 'Prevalensi balita pendek dan sangat pendek (stunting)'],
      ['UKM.C6.B.4', 'Prevalensi baduta pendek dan sangat pendek (stunting)'],
      ['UKM.C6.C.1', 'Persentase Balita gizi buruk'],
      ['UKM.C6.C.2', 'Cakupan bumil KEK'],
      ['UKM.C6.C.3', 'Prevalensi balita kurus (wasting)'],
      ['UKM.C6.C.4', 'Prevalensi balita berat badan kurang pada balita'],
      ['UKM.C6.C.6', 'Presentase Ibu Hamil Anemia'],
      ['UKM.E3.2', 'Prevalensi kecacingan'],
      ['UKP.A1.3', 'Rasio rujukan non spesialistik'],
      ['UKP.A1.4', 'Rasio peserta prolanis terkendali'],
      ['UKP.A2.3', 'BOR'],
      ['UKP.A2.4', 'LOS'],
      ['UKP.A5.1', 'Rujukan pasien rawat jalan'],
      ['UKP.A5.4', 'Rujukan pasien JKN'],
      ['UKP.A5.5', 'Rujukan pasien non JKN'],
      ['UKP.C.4', 'Persentase penggunaan obat rasional di Puskesmas'],
    ];
    const withPolicy = (policy: string, coverage: boolean) =>
      all
        .filter((i) => i.nothingToCount === policy && (i.kind === 'coverage') === coverage)
        .map((i) => [i.code, i.name]);
    expect(withPolicy('exclude', false)).toEqual(excludedValues);
    expect(withPolicy('missing', false)).toEqual(missingValues);
    // Every coverage whose sasaran is counted from the months: a sasaran of 0, excluded as the zero
    // sasaran rule excludes it; none reads its 0 as missing.
    const coverageOfEvents = all.filter((i) => i.kind === 'coverage' && i.entry === 'ratio');
    expect(coverageOfEvents).toHaveLength(44);
    expect(withPolicy('exclude', true)).toEqual(coverageOfEvents.map((i) => [i.code, i.name]));
    expect(withPolicy('missing', true)).toEqual([]);
    for (const i of all) expect(i.nothingToCount !== undefined, i.code).toBe(i.entry === 'ratio');
  });

  it('limits exactly the A2 inpatient rows to a Puskesmas with beds', () => {
    const inpatient = all.filter((i) => i.appliesTo === 'rawat-inap').map((i) => i.code);
    expect(inpatient).toEqual(['UKP.A2.1', 'UKP.A2.2', 'UKP.A2.3', 'UKP.A2.4']);
  });
});

describe('spot checks against the printed annex', () => {
  it('UKP.A1.3 Rasio rujukan non spesialistik: ≤ 2 %, lower is better, a percentage of referrals', () => {
    const i = get('UKP.A1.3');
    expect(i).toMatchObject({
      number: '3)',
      name: 'Rasio rujukan non spesialistik',
      unit: '%',
      kind: 'value',
      direction: 'lower',
      entry: 'ratio',
      scale: 100,
      target: { printed: '≤ 2 %', value: 2, comparator: '<=' },
      sasaran: 'Jumlah Pasien yang dirujuk non spesialistik',
    });
  });

  it('Angka kematian bayi: per 100.000 as printed, target 16, with an interpretation', () => {
    const i = get('UKM.C1.B.1');
    expect(i).toMatchObject({
      name: 'Angka kematian bayi',
      unit: 'Per 100.000 kelahiran hidup',
      kind: 'rate',
      per: 100000,
      direction: 'lower',
      target: { printed: '16', value: 16 },
    });
    expect(i.interpretation).toMatch(/per-1\.000/);
    expect(get('UKM.C2.1')).toMatchObject({
      name: 'Angka kematian balita',
      per: 100000,
      target: { value: 18 },
    });
  });

  it.each([
    ['SPM.01', 'Pelayanan kesehatan ibu hamil', 'coverage', 'count', 100, '>='],
    ['UKM.C1.A.8', 'Cakupan Penanganan Komplikasi Obsetri', 'coverage', 'count', 100, '>='],
    ['UKM.B1.2', 'Cakupan Desa STBM', 'coverage', 'level', 100, '>='],
    ['UKM.C5.A.1', 'Cakupan Peserta KB Aktif', 'coverage', 'level', 75, '>='],
    ['UKM.C4.9', 'Persentase Sekolah melakukan aksi bergizi', 'coverage', 'level', 100, '>='],
    [
      'UKM.C6.D.3',
      'Presentasu Bayi dengan Berat Badan Lahir Rendah (<2500 gram)',
      'value',
      'ratio',
      3.8,
      '<=',
    ],
    ['UKM.C6.B.4', 'Prevalensi baduta pendek dan sangat pendek (stunting)', 'value', 'ratio', 20, '<'],
    ['UKM.C6.C.3', 'Prevalensi balita kurus (wasting)', 'value', 'ratio', 9.5, '<'],
    ['UKM.E2.3', 'Angka Kematian Malaria', 'value', 'ratio', 0, '='],
    [
      'UKM.D1.2',
      'Angka notifikasi semua kasus TB yang diobati (case notification rate/CNR)',
      'rate',
      'count',
      212,
      '>=',
    ],
    ['UKP.A1.2', 'Angka kontak JKN', 'rate', 'count', 150, '>='],
    ['UKM.C2.8', 'Cakupan Puskesmas ramah anak', 'yesno', 'yesno', 1, '='],
    ['UKMP.A.2', 'Cakupan Pembinaan kesehatan gigi pada masyarakat', 'yesno', 'yesno', 1, '='],
    ['UKM.H.1', 'Laporan Surveilans Terpadu Puskesmas tepat waktu', 'ontime', 'ontime', 100, '>='],
    ['UKM.H.4', 'Cakupan KLB/ wabah ditangani dalam waktu kurang dari 24 jam', 'ontime', 'ratio', 100, '>='],
    ['UKM.H.6', 'Lama waktu Penanggulangan KLB PD3I', 'value', 'ratio', 24, '<'],
    ['UKM.D1.6', 'Penemuan kasus resistan obat', 'value', 'amount', 45, '>='],
    ['UKMP.B.1', 'Pembinaan Hattra', 'value', 'amount', 60, '>='],
    ['UKP.A2.3', 'BOR', 'value', 'ratio', 60, '>='],
    ['UKP.A2.4', 'LOS', 'value', 'ratio', 3, '<='],
    ['UKP.C.4', 'Persentase penggunaan obat rasional di Puskesmas', 'value', 'ratio', 60, '<='],
  ] as const)('%s %s: %s, entry %s, target %s (%s)', (code, name, kind, entry, value, comparator) => {
    expect(get(code)).toMatchObject({ name, kind, entry, target: { value, comparator } });
  });

  it('keeps the directions of the rate rows: mortality and morbidity lower, CNR and angka kontak higher', () => {
    const rates = all.filter((i) => i.kind === 'rate');
    const higher = rates.filter((i) => i.direction === 'higher').map((i) => i.code);
    expect(higher).toEqual(['UKM.D1.2', 'UKP.A1.2']);
    expect(rates).toHaveLength(8);
    expect(get('UKM.E2.2')).toMatchObject({
      per: 1000,
      target: { printed: '< 1', value: 1, comparator: '<' },
    });
    expect(get('UKM.E4.2')).toMatchObject({ per: 100000, target: { printed: '<3/100.000 pend', value: 3 } });
  });

  it('keeps the surveillance reports "Maks tgl 5" as printed, scored against 100 % on time', () => {
    expect(get('UKM.H.2').target).toEqual({ printed: 'maks tgl 5', value: 100, comparator: '>=' });
    expect(get('UKM.H.3').unit).toBe('per mgg');
  });

  it('leaves "Rujukan pasien rawat inap" without a target, and says why', () => {
    const i = get('UKP.A5.2');
    expect(i.target).toEqual({ printed: '', value: null, comparator: '<=' });
    expect(i.unit).toBe('Kasus');
    expect(i.interpretation).toMatch(/No target printed/);
  });

  it('makes F1 7) a group of the nine "-" screening rows', () => {
    const g = groupOf('UKM.F1.7');
    expect(g.number).toBe('7)');
    expect(g.children.map((c) => c.number)).toEqual(Array(9).fill('-'));
    expect(g.children.map((c) => c.name)[3]).toBe('Cakupan Deteksi Stroke');
  });

  it('keeps the printed numbering where it skips or repeats, with unique codes', () => {
    expect(groupOf('UKM.C4').children.map((c) => c.number)).toEqual([
      '1)',
      '2)',
      '3)',
      '4)',
      '7)',
      '8)',
      '9)',
    ]);
    expect(groupOf('UKM.C5.A').children.map((c) => c.code)).toEqual(['UKM.C5.A.1', 'UKM.C5.A.3']);
    expect(groupOf('UKM.C6.B').children.map((c) => c.number)).toEqual(['1)', '2)', '4)']);
    const b1 = groupOf('MUT.B1').children;
    expect(b1.map((c) => c.number)).toEqual(['a.', 'b.', 'c.', 'a.', 'b.', 'f.']);
    expect(b1.map((c) => c.code)).toEqual([
      'MUT.B1.a',
      'MUT.B1.b',
      'MUT.B1.c',
      'MUT.B1.d',
      'MUT.B1.e',
      'MUT.B1.f',
    ]);
  });

  it('makes sub-variables groups: C1 A/B, C5 A/B, C6 A–D, and the BLUD report a–f', () => {
    expect(groupOf('UKM.C1').children.map((c) => c.code)).toEqual(['UKM.C1.A', 'UKM.C1.B']);
    expect(groupOf('UKM.C5').children.map((c) => c.code)).toEqual(['UKM.C5.A', 'UKM.C5.B']);
    expect(groupOf('UKM.C6').children.map((c) => c.code)).toEqual([
      'UKM.C6.A',
      'UKM.C6.B',
      'UKM.C6.C',
      'UKM.C6.D',
    ]);
    const blud = groupOf('MAN.A5.6');
    expect(blud.name).toBe('Laporan keuangan BLUD');
    expect(blud.children.map((c) => c.code)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `MAN.A5.6.${l}`),
    );
  });

  it('transcribes rubric texts as printed, blank cells as empty strings', () => {
    expect(get('MAN.A2.1').rubric?.levels).toEqual({ 0: 'Tidak punya', 4: '', 7: '', 10: 'Punya' });
    expect(get('MAN.A2.6').rubric).toMatchObject({ target: '', input: 'level' });
    expect(get('MAN.A6.2')).toMatchObject({
      target: { printed: '≥ 97 %', value: 97, comparator: '>=' },
      rubric: {
        bands: [
          { from: 0, level: 4, exclusive: true },
          { from: 75, level: 7 },
          { from: 97, level: 10 },
        ],
      },
    });
    expect(get('MUT.B1.f').target).toEqual({ printed: '≥76.61', value: 76.61, comparator: '>=' });
    expect(get('MUT.B3.2').target).toEqual({ printed: 'Baik 76,61 - 88,3', value: null, comparator: '>=' });
    expect(get('MUT.B2.1').target).toEqual({ printed: '> 0,8', value: 0.8, comparator: '>' });
  });
});

describe('reading a printed target', () => {
  it.each([
    ['100', 'higher', 100, '>='],
    ['100 %', 'higher', 100, '>='],
    ['≥ 95', 'higher', 95, '>='],
    ['> 80 %', 'higher', 80, '>'],
    ['21', 'lower', 21, '<='],
    ['0,1', 'lower', 0.1, '<='],
    ['<9,5', 'lower', 9.5, '<'],
    ['≤20 %', 'lower', 20, '<='],
    ['0', 'lower', 0, '='],
    ['< 24 Jam', 'lower', 24, '<'],
    ['ya', 'higher', 1, '='],
    ['Ada', 'higher', 1, '='],
    ['', 'lower', null, '<='],
  ] as const)('"%s" (%s is better) → %s %s', (printed, direction, value, comparator) => {
    expect(target(printed, direction)).toEqual({ printed, value, comparator });
  });

  it('refuses a target it cannot read, so a transcription slip fails at load', () => {
    expect(() => target('sekitar 5', 'higher')).toThrow(/Unreadable target/);
  });
});
