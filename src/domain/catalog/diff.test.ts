import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS } from './builtin.ts';
import { catalogDiff } from './diff.ts';
import { catalogProblems } from './validate.ts';
import type { Catalog, CatalogGroup, CatalogIndicator } from './types.ts';
import { listIndicators, listNodes } from './walk.ts';

const pati = BUILT_IN_CATALOGS.get(2023)!;
const copy = (): Catalog => structuredClone(pati);
const group = (c: Catalog, code: string) =>
  c.clusters
    .flatMap((cl) => listNodes(cl))
    .find((n): n is CatalogGroup => n.type === 'group' && n.code === code)!;
const row = (c: Catalog, code: string) => listIndicators(c).find((p) => p.indicator.code === code)!.indicator;

describe('catalogDiff', () => {
  it('finds nothing between a catalog and its copy', () => {
    expect(catalogDiff(pati, copy())).toEqual([]);
  });

  it('names groups added, removed and renamed, the grouping the averages follow, and a regrouping', () => {
    const next = copy();
    group(next, 'UKM.A1').name = 'Pemberdayaan masyarakat dan desa siaga';
    const ukmp = next.clusters[2]!;
    const haji = ukmp.children.pop()!;
    ukmp.children.push({ ...(haji as CatalogGroup), code: 'UKMP.E', name: 'Kesehatan haji' });
    next.averagesBy = 'ilp';
    next.groupings![0]!.groups[4]!.name = 'Klaster 5 Lintas Klaster';
    const changes = catalogDiff(pati, next).filter((c) => !['added', 'removed', 'moved'].includes(c.change));
    expect(changes).toEqual([
      {
        change: 'group-renamed',
        code: 'UKM.A1',
        from: 'Pemberdayaan Masyarakat',
        to: 'Pemberdayaan masyarakat dan desa siaga',
      },
      { change: 'group-added', code: 'UKMP.E', name: 'Kesehatan haji' },
      { change: 'group-removed', code: 'UKMP.D', name: 'Upaya Kesehatan Program Kesehatan Haji' },
      { change: 'averages', code: 'ilp', from: 'tabel', to: 'ilp' },
      { change: 'grouping', code: 'ilp', name: 'Klaster Integrasi Layanan Primer (ILP)', what: 'changed' },
    ]);
  });

  it('names each row added, removed, renamed, moved, with another target or scored differently', () => {
    const next = copy();
    (row(next, 'SPM.01') as CatalogIndicator).target = {
      ...row(next, 'SPM.01').target,
      value: 95,
      printed: '95 %',
    };
    (row(next, 'SPM.02') as CatalogIndicator).name = 'Pelayanan kesehatan ibu bersalin di fasilitas';
    (row(next, 'SPM.03') as CatalogIndicator).direction = 'lower';
    const spm = next.clusters[0]!;
    const removed = spm.children.splice(11, 1)[0]!;
    spm.children.push({ ...(removed as CatalogIndicator), code: 'SPM.13', name: 'Indikator baru' });
    // The first row of UKM A1 moves to A2.
    const a1 = group(next, 'UKM.A1');
    const a2 = group(next, 'UKM.A2');
    a2.children.push(a1.children.shift()!);

    const changes = catalogDiff(pati, next);
    expect(changes.filter((c) => c.code.startsWith('SPM'))).toEqual([
      {
        change: 'target',
        code: 'SPM.01',
        name: row(pati, 'SPM.01').name,
        from: row(pati, 'SPM.01').target,
        to: row(next, 'SPM.01').target,
      },
      {
        change: 'renamed',
        code: 'SPM.02',
        from: row(pati, 'SPM.02').name,
        to: 'Pelayanan kesehatan ibu bersalin di fasilitas',
      },
      { change: 'scoring', code: 'SPM.03', name: row(pati, 'SPM.03').name, fields: ['direction'] },
      { change: 'added', code: 'SPM.13', name: 'Indikator baru' },
      { change: 'removed', code: 'SPM.12', name: row(pati, 'SPM.12').name },
    ]);
    expect(changes.filter((c) => c.change === 'moved')).toHaveLength(1);
  });

  it('follows a row to its new code through the crosswalk: recoded, neither removed nor added', () => {
    const next = copy();
    Object.assign(row(next, 'MUT.B2.1'), { code: 'MUT.IKS', previousCode: 'MUT.B2.1' });
    expect(catalogDiff(pati, next)).toEqual([
      { change: 'recoded', code: 'MUT.IKS', name: row(pati, 'MUT.B2.1').name, from: 'MUT.B2.1' },
    ]);
  });
});

describe('catalogProblems, for the crosswalk and a rising item', () => {
  it('refuses two rows claiming one row of last year, and a level item that must rise', () => {
    const next = copy();
    row(next, 'MUT.B2.2').previousCode = 'MUT.B2.1';
    row(next, 'MUT.B3.1').rubric!.mustRise = true;
    expect(catalogProblems(next)).toEqual([
      { code: 'MUT.B3.1', rule: 'rise-not-figure' },
      { code: 'MUT.B2.2', rule: 'previous-code-twice' },
    ]);
    expect(catalogProblems(pati)).toEqual([]);
  });
});
