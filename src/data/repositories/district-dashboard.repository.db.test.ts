import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createAssessment } from '../../../test/db/fixtures.ts';
import { listDistrictEntryStamps } from './district-dashboard.repository.ts';
import { upsertMonthlyValue } from './monthly-values.repository.ts';

describeOnBackends('district-wide entry stamps', (backend) => {
  it('gives each value’s fields and its entry date on the district’s clock, one row per indicator', async () => {
    const { district, assessment } = await createAssessment(backend.db);
    const key = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      stage: 'self' as const,
      actor: 'uji',
      expectedVersion: 0,
    };
    // 17:30 UTC on 5 April is 00:30 WIB on the 6th: a day late in Pati.
    await upsertMonthlyValue(backend.db, {
      ...key,
      indicatorCode: 'SPM.1',
      month: '2023-03',
      numerator: 4,
      at: new Date('2023-04-05T17:30:00Z'),
    });
    await upsertMonthlyValue(backend.db, {
      ...key,
      indicatorCode: 'SPM.1',
      month: '2023-02',
      numerator: null,
      at: new Date('2023-03-01T01:00:00Z'),
    });
    await upsertMonthlyValue(backend.db, {
      ...key,
      indicatorCode: 'SPM.2.a',
      month: '2023-03',
      numerator: 1,
      denominator: 40,
      at: new Date('2023-04-02T01:00:00Z'),
    });
    const rows = await listDistrictEntryStamps(backend.db, {
      districtId: district.id,
      year: 2023,
      stage: 'self',
      offsetMinutes: 420,
    });
    const byCode = Object.fromEntries(rows.map((r) => [r.indicatorCode, r.stamps.split(',').sort()]));
    expect(byCode).toEqual({
      'SPM.1': ['2023-02:0:2023-03-01', '2023-03:1:2023-04-06'],
      'SPM.2.a': ['2023-03:3:2023-04-02'],
    });
    const utc = await listDistrictEntryStamps(backend.db, {
      districtId: district.id,
      year: 2023,
      stage: 'self',
      offsetMinutes: 0,
    });
    expect(utc.find((r) => r.indicatorCode === 'SPM.1')!.stamps).toContain('2023-03:1:2023-04-05');
    expect(
      await listDistrictEntryStamps(backend.db, {
        districtId: district.id,
        year: 2023,
        stage: 'verified',
        offsetMinutes: 420,
      }),
    ).toEqual([]);
  });
});
