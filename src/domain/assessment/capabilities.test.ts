// Rows that require what a Puskesmas lacks (a laboratory) are marked not applicable from its profile,
// and unmarked when it has it again; a mark written by hand is never touched.
import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import { capabilityMarks, catalogCapabilities, isLackingReason, lackingReason } from './capabilities.ts';

const none = new Map<string, { applicable: boolean; notApplicableReason: string | null }>();

describe('capabilities of the Pati catalog', () => {
  it('are the laboratory (UKP B 1–3) and a delivery room (UKP A3 1)', () => {
    expect(catalogCapabilities(patiCatalog2023)).toEqual(['pertolongan persalinan', 'laboratorium']);
  });

  it('mark the rows of what is lacked, naming it, and nothing when nothing is lacked', () => {
    expect(capabilityMarks(patiCatalog2023, [], none)).toEqual([]);
    expect(capabilityMarks(patiCatalog2023, ['laboratorium'], none)).toEqual(
      ['UKP.B.1', 'UKP.B.2', 'UKP.B.3'].map((code) => ({
        code,
        applicable: false,
        notApplicableReason: 'Puskesmas tidak memiliki: laboratorium',
      })),
    );
  });

  it('unmark only the marks the profile made, once the requirement is met', () => {
    const rows = new Map([
      ['UKP.B.1', { applicable: false, notApplicableReason: lackingReason(['laboratorium']) }],
      ['UKP.B.2', { applicable: false, notApplicableReason: 'Alat rusak sepanjang tahun' }],
      ['UKP.A3.1', { applicable: false, notApplicableReason: lackingReason(['pertolongan persalinan']) }],
    ]);
    expect(capabilityMarks(patiCatalog2023, ['pertolongan persalinan'], rows)).toEqual([
      { code: 'UKP.B.1', applicable: true, notApplicableReason: null },
    ]);
    expect(isLackingReason('Alat rusak sepanjang tahun')).toBe(false);
  });
});
