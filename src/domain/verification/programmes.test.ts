import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import { listIndicators } from '../catalog/walk.ts';
import { programmeByIndicator, verificationProgrammes } from './programmes.ts';

describe('the programmes a verifier works through', () => {
  const programmes = verificationProgrammes(patiCatalog2023);

  it('are the groups under each cluster, and the twelve SPM services as one programme', () => {
    expect(programmes.map((p) => p.code)).toEqual([
      'SPM',
      'UKM.A',
      'UKM.B',
      'UKM.C',
      'UKM.D',
      'UKM.E',
      'UKM.F',
      'UKM.G',
      'UKM.H',
      'UKM.I',
      'UKMP.A',
      'UKMP.B',
      'UKMP.C',
      'UKMP.D',
      'UKP.A1',
      'UKP.A2',
      'UKP.A3',
      'UKP.A4',
      'UKP.A5',
      'UKP.B',
      'UKP.C',
      'MAN.A1',
      'MAN.A2',
      'MAN.A3',
      'MAN.A4',
      'MAN.A5',
      'MAN.A6',
      'MUT.B1',
      'MUT.B2',
      'MUT.B3',
    ]);
    expect(programmes[0]?.indicatorCodes).toHaveLength(12);
  });

  it('place every indicator of the catalog in exactly one programme', () => {
    const all = listIndicators(patiCatalog2023).map((p) => p.indicator.code);
    expect(programmes.flatMap((p) => p.indicatorCodes)).toEqual(all);
    const byIndicator = programmeByIndicator(patiCatalog2023);
    expect(byIndicator.get('SPM.05')).toBe('SPM');
    expect(byIndicator.get('UKM.C1.A.1')).toBe('UKM.C');
  });
});
