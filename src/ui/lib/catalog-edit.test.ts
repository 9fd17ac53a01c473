import { describe, expect, it } from 'vitest';
import { catalogDocumentOf, catalogOfDocument } from '../../app/catalog/catalog-document.ts';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { addRow, codesOf, moveNode, removeNode, retarget, rowsOf, updateNode } from './catalog-edit.ts';

const pati = catalogDocumentOf(BUILT_IN_CATALOGS.get(2023)!);
const row = (doc: typeof pati, code: string) => rowsOf(doc).find((r) => r.code === code);

describe('editing a catalog document', () => {
  it('changes one row and keeps every other branch as it was', () => {
    const next = updateNode(pati, 'SPM.01', { name: 'Pelayanan ibu hamil' });
    expect(row(next, 'SPM.01')?.name).toBe('Pelayanan ibu hamil');
    expect(row(pati, 'SPM.01')?.name).not.toBe('Pelayanan ibu hamil');
    expect(next.clusters.slice(1).every((c, i) => c === pati.clusters[i + 1])).toBe(true);
  });

  it('moves a row among its siblings and stops at either end', () => {
    const codes = (doc: typeof pati) => doc.clusters[0]!.children.map((n) => n.code);
    const first = codes(pati)[0]!;
    expect(codes(moveNode(pati, first, 1))[1]).toBe(first);
    expect(moveNode(pati, first, -1).clusters[0]!.children).toEqual(pati.clusters[0]!.children);
  });

  it('removes a row, and adds one with a code that is not used yet', () => {
    expect(row(removeNode(pati, 'SPM.02'), 'SPM.02')).toBeUndefined();
    expect(rowsOf(removeNode(pati, 'SPM.02'))).toHaveLength(rowsOf(pati).length - 1);
    const clusterCode = pati.clusters[0]!.code;
    const once = addRow(pati, clusterCode);
    const twice = addRow(once.doc, clusterCode);
    expect(once.code).not.toBe(twice.code);
    expect(codesOf(twice.doc).has(once.code) && codesOf(twice.doc).has(twice.code)).toBe(true);
    expect(twice.doc.clusters[0]!.children.at(-1)?.code).toBe(twice.code);
  });

  it("keeps the ILP clusters whole: a removed row leaves them, a new row joins its neighbour's klaster", () => {
    const valid = (doc: typeof pati) => 'catalog' in catalogOfDocument(doc);
    // Lanjut usia (ILP 3.3) holds SPM.07 and UKM.C3; without both, the part goes too.
    const without = removeNode(removeNode(pati, 'SPM.07'), 'UKM.C3');
    expect(valid(without)).toBe(true);
    const klaster3 = without.groupings![0]!.groups[2]!;
    expect(klaster3.children.map((c) => c.code)).toEqual(['ILP.3.1', 'ILP.3.2', 'ILP.3.4']);
    // A row added at the end of SPM follows SPM.12 into Klaster 4.
    const added = addRow(pati, 'SPM');
    expect(valid(updateNode(added.doc, added.code, { name: 'Baris baru' }))).toBe(true);
    const spm12 = (added.doc.groupings![0]!.groups[3]!.children[0] as { children: { code: string }[] })
      .children;
    expect(spm12.map((c) => c.code)).toEqual(['SPM.11', 'SPM.12', added.code, 'ILP.UKM.D']);
  });

  it('adds a row inside a nested group', () => {
    const group = pati.clusters
      .flatMap((c) => c.children)
      .find((n) => n.type === 'group' && n.children.length > 0)!;
    const { doc, code } = addRow(pati, group.code);
    const found = doc.clusters.flatMap((c) => c.children).find((n) => n.code === group.code);
    expect(found?.type === 'group' && found.children.at(-1)?.code).toBe(code);
  });

  it('lets the printed target follow a new value where it printed the old one', () => {
    expect(retarget({ printed: '100 %', value: 100, comparator: '>=' }, 95).printed).toBe('95 %');
    expect(retarget({ printed: '≤ 2 %', value: 2, comparator: '<=' }, 1.5).printed).toBe('≤ 1,5 %');
    expect(retarget({ printed: '< 24 Jam', value: 24, comparator: '<' }, 12).printed).toBe('< 12 Jam');
    expect(retarget({ printed: '1.000 per 1.000', value: 1000, comparator: '>=' }, 900).printed).toBe(
      '900 per 1.000',
    );
    expect(retarget({ printed: 'Maks tgl 5', value: null, comparator: '<=' }, 5)).toEqual({
      printed: 'Maks tgl 5',
      value: 5,
      comparator: '<=',
    });
  });
});
