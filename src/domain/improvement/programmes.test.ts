import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import { programmesOf } from './programmes.ts';

describe('the programmes an analysis or a feedback point is written per', () => {
  const programmes = programmesOf(patiCatalog2023);

  it('takes SPM, whose services are indicators without groups, as one programme', () => {
    expect(programmes[0]).toMatchObject({ code: 'SPM', axis: 'service', clusterCode: 'SPM' });
  });

  it('takes each group under a cluster, Table 5’s included, in catalog order', () => {
    const codes = programmes.map((p) => p.code);
    expect(codes.slice(1, 4)).toEqual(['UKM.A', 'UKM.B', 'UKM.C']);
    expect(codes).toContain('UKP.A1');
    expect(programmes.find((p) => p.code === 'MAN.A1')).toMatchObject({ axis: 'management' });
    expect(codes.at(-1)).toBe('MUT.B3');
    expect(programmes).toHaveLength(1 + 9 + 4 + 7 + 6 + 3);
  });
});
