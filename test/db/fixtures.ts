// Small, self-contained data for database tests. Tests of one file share a database, so every
// fixture makes its own units with codes no other test uses.
import type { Catalog } from '../../src/domain/catalog/types.ts';
import type { Db } from '../../src/data/db.ts';
import { getOrCreateAssessment } from '../../src/data/repositories/assessments.repository.ts';
import { saveCatalog } from '../../src/data/repositories/catalogs.repository.ts';
import {
  createOrgUnit,
  createOrgUnits,
  type OrgUnit,
} from '../../src/data/repositories/org-units.repository.ts';

let counter = 0;

/** A code no other fixture of this process has used, e.g. "PKM-7". */
export function uniqueCode(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A district with `puskesmas` Puskesmas under it (the first with beds). */
export async function createDistrict(
  db: Db,
  puskesmas = 2,
): Promise<{ district: OrgUnit; puskesmas: OrgUnit[] }> {
  const district = await createOrgUnit(db, {
    code: uniqueCode('KAB'),
    name: 'Dinkes Kabupaten Contoh',
    level: 'district',
  });
  const units = await createOrgUnits(
    db,
    Array.from({ length: puskesmas }, (_, i) => ({
      code: uniqueCode('PKM'),
      name: `Puskesmas Contoh ${i + 1}`,
      level: 'puskesmas' as const,
      parentId: district.id,
      rawatInap: i === 0,
    })),
  );
  return { district, puskesmas: units };
}

/** A small catalog with every optional field somewhere: weights, rubric bands, interpretations, nesting. */
export function sampleCatalog(year = 2023): Catalog {
  return {
    id: `contoh-${year}`,
    year,
    source: 'SK Kepala Dinas Kesehatan Kabupaten Contoh Nomor 1/2023',
    clusters: [
      {
        type: 'group',
        code: 'SPM',
        number: 'A.',
        name: 'Standar Pelayanan Minimal',
        cluster: 'spm',
        table: 1,
        children: [
          {
            type: 'indicator',
            code: 'SPM.1',
            number: '1)',
            name: 'Pelayanan kesehatan ibu hamil (K4)',
            unit: '%',
            kind: 'coverage',
            direction: 'higher',
            target: { printed: '100 %', value: 100, comparator: '>=' },
            sasaran: 'Ibu hamil',
            entry: 'count',
            appliesTo: 'all',
            optional: false,
          },
          {
            type: 'group',
            code: 'SPM.2',
            number: '2)',
            name: 'Rujukan',
            weight: 2,
            children: [
              {
                type: 'indicator',
                code: 'SPM.2.a',
                number: 'a.',
                name: 'Rasio rujukan non spesialistik',
                unit: '%',
                kind: 'value',
                direction: 'lower',
                target: { printed: '≤ 2 %', value: 2, comparator: '<=' },
                sasaran: 'Kunjungan',
                entry: 'ratio',
                scale: 100,
                appliesTo: 'rawat-inap',
                optional: false,
                interpretation: 'Read as a percentage of visits.',
              },
            ],
          },
        ],
      },
      {
        type: 'group',
        code: 'MAN',
        number: 'A1',
        name: 'Manajemen umum',
        cluster: 'manajemen',
        table: 5,
        children: [
          {
            type: 'indicator',
            code: 'MAN.1',
            number: '1',
            name: 'Indeks kepuasan masyarakat',
            unit: '%',
            kind: 'rubric',
            direction: 'higher',
            target: { printed: '76,61 - 88,30', value: null, comparator: '>=', min: 76.61, max: 88.3 },
            sasaran: '',
            entry: 'annual',
            appliesTo: 'all',
            optional: false,
            rubric: {
              target: '≥ 76,61',
              levels: { 0: 'Tidak melaksanakan', 4: 'Tidak baik', 7: 'Kurang baik', 10: 'Baik' },
              input: 'percent',
              bands: [
                { from: 0, level: 0, exclusive: true },
                { from: 65, level: 7 },
                { from: 76.61, level: 10 },
              ],
            },
          },
        ],
      },
    ],
  };
}

/** A Puskesmas with an assessment for `year` on a freshly saved catalog. */
export async function createAssessment(db: Db, year = 2023) {
  const { district, puskesmas } = await createDistrict(db, 1);
  const catalogVersion = await saveCatalog(db, {
    districtId: district.id,
    catalog: sampleCatalog(year),
    actor: 'admin',
  });
  const assessment = await getOrCreateAssessment(db, {
    puskesmasId: puskesmas[0]!.id,
    year,
    catalogVersionId: catalogVersion.id,
  });
  return { district, puskesmas: puskesmas[0]!, catalogVersion, assessment };
}

/** The SQLSTATE of a database error, wherever the driver or Drizzle wrapped it. */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    if ('code' in e && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}
