import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createAssessment, sqlStateOf } from '../../../test/db/fixtures.ts';
import { listAudit } from './audit.repository.ts';
import { COPY_ROWS_PER_CHUNK } from '../copy-rows.ts';
import {
  getMonthlyValue,
  insertMonthlyValuesBulk,
  listMonthlyValues,
  upsertMonthlyValue,
  type NewMonthlyValue,
} from './monthly-values.repository.ts';

describeOnBackends('monthly values repository', (backend) => {
  it('creates a value at version 1 when the writer saw none, and records who entered it', async () => {
    const { assessment } = await createAssessment(backend.db);
    const saved = await upsertMonthlyValue(backend.db, {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'SPM.1',
      month: '2023-01',
      stage: 'self',
      numerator: 87,
      expectedVersion: 0,
      actor: 'pelaksana@pkm',
    });
    expect(saved).toMatchObject({ numerator: 87, denominator: null, value: null, flag: null, version: 1 });
    expect(saved.enteredBy).toBe('pelaksana@pkm');
    expect(saved.enteredAt).toBeInstanceOf(Date);
  });

  it('updates a value to the next version and keeps full double precision', async () => {
    const { assessment } = await createAssessment(backend.db);
    const key = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'SPM.2.a',
      month: '2023-02',
      stage: 'self',
    } as const;
    await upsertMonthlyValue(backend.db, {
      ...key,
      numerator: 1,
      denominator: 3,
      expectedVersion: 0,
      actor: 'a',
    });
    const updated = await upsertMonthlyValue(backend.db, {
      ...key,
      numerator: 0.1 + 0.2,
      denominator: 1 / 3,
      expectedVersion: 1,
      actor: 'b',
      at: new Date('2023-03-04T05:06:07.089Z'),
    });
    expect(updated).toMatchObject({ numerator: 0.1 + 0.2, denominator: 1 / 3, version: 2, enteredBy: 'b' });
    expect(updated.enteredAt.toISOString()).toBe('2023-03-04T05:06:07.089Z');
  });

  it('refuses a stale version with 409 STALE_VALUE and leaves the stored value unchanged', async () => {
    const { assessment } = await createAssessment(backend.db);
    const key = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'SPM.1',
      month: '2023-03',
      stage: 'self',
    } as const;
    await upsertMonthlyValue(backend.db, { ...key, numerator: 10, expectedVersion: 0, actor: 'first' });
    await upsertMonthlyValue(backend.db, { ...key, numerator: 11, expectedVersion: 1, actor: 'second' });

    const stale = upsertMonthlyValue(backend.db, {
      ...key,
      numerator: 99,
      expectedVersion: 1,
      actor: 'late',
    });

    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({
      code: 'STALE_VALUE',
      status: 409,
      params: { current: 2, expected: 1 },
    });
    expect(await getMonthlyValue(backend.db, key)).toMatchObject({
      numerator: 11,
      version: 2,
      enteredBy: 'second',
    });
    const audit = await listAudit(backend.db, { entity: 'monthly_value', assessmentId: assessment.id });
    expect(audit.map((a) => a.actor)).toEqual(['first', 'second']);
  });

  it('refuses to create a value that someone else created in the meantime', async () => {
    const { assessment } = await createAssessment(backend.db);
    const key = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'SPM.1',
      month: '2023-04',
      stage: 'self',
    } as const;
    await upsertMonthlyValue(backend.db, { ...key, numerator: 5, expectedVersion: 0, actor: 'first' });

    await expect(
      upsertMonthlyValue(backend.db, { ...key, numerator: 6, expectedVersion: 0, actor: 'second' }),
    ).rejects.toMatchObject({ code: 'STALE_VALUE', params: { current: 1, expected: 0 } });
    expect(await getMonthlyValue(backend.db, key)).toMatchObject({ numerator: 5, version: 1 });
  });

  it('lets one of two writers creating the same value at once win, and refuses the other', async () => {
    const { assessment } = await createAssessment(backend.db);
    const key = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'SPM.1',
      month: '2023-07',
      stage: 'self',
    } as const;

    const outcomes = await Promise.allSettled(
      [1, 2].map((n) =>
        upsertMonthlyValue(backend.db, { ...key, numerator: n, expectedVersion: 0, actor: `writer-${n}` }),
      ),
    );

    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toMatchObject({ code: 'STALE_VALUE', params: { current: 1, expected: 0 } });
    expect(await getMonthlyValue(backend.db, key)).toMatchObject({
      version: 1,
      numerator: won[0]!.value.numerator,
    });
    expect(
      await listAudit(backend.db, { entity: 'monthly_value', assessmentId: assessment.id }),
    ).toHaveLength(1);
  });

  it('writes an audit entry with the old and new value, the actor and the reason', async () => {
    const { assessment, puskesmas } = await createAssessment(backend.db);
    const key = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'SPM.1',
      month: '2023-05',
      stage: 'verified',
    } as const;
    await upsertMonthlyValue(backend.db, { ...key, numerator: 40, expectedVersion: 0, actor: 'verifikator' });
    await upsertMonthlyValue(backend.db, {
      ...key,
      numerator: 42,
      expectedVersion: 1,
      actor: 'verifikator',
      reason: 'register shows 42',
    });

    const audit = await listAudit(backend.db, {
      entity: 'monthly_value',
      assessmentId: assessment.id,
      // Key order differs from the stored one on purpose: keys match as JSON values.
      entityKey: { stage: 'verified', month: '2023-05', indicatorCode: 'SPM.1' },
    });

    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      actor: 'verifikator',
      orgUnitId: puskesmas.id,
      oldValue: { numerator: 40, denominator: null, value: null, flag: null, version: 1 },
      newValue: { numerator: 42, denominator: null, value: null, flag: null, version: 2 },
      reason: 'register shows 42',
    });
    expect(audit[0]).toMatchObject({ oldValue: null, reason: null });
    expect(audit[1]!.at).toBeInstanceOf(Date);
  });

  it('keeps the self-assessed and the verified value of a month apart', async () => {
    const { assessment } = await createAssessment(backend.db);
    const year = { districtId: assessment.districtId, assessmentId: assessment.id };
    const base = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'SPM.1',
      month: '2023-06',
      expectedVersion: 0,
    };
    await upsertMonthlyValue(backend.db, { ...base, stage: 'self', numerator: 30, actor: 'pkm' });
    await upsertMonthlyValue(backend.db, {
      ...base,
      stage: 'verified',
      numerator: 28,
      actor: 'dinkes',
      reason: 'double count',
    });

    expect((await listMonthlyValues(backend.db, year, 'self')).map((v) => v.numerator)).toEqual([30]);
    expect((await listMonthlyValues(backend.db, year, 'verified')).map((v) => v.numerator)).toEqual([28]);
    expect(await listMonthlyValues(backend.db, year)).toHaveLength(2);
  });

  it('rejects a month that is not YYYY-MM', async () => {
    const { assessment } = await createAssessment(backend.db);
    const write = upsertMonthlyValue(backend.db, {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'SPM.1',
      month: '2023-13',
      stage: 'self',
      numerator: 1,
      expectedVersion: 0,
      actor: 'a',
    });
    await expect(write).rejects.toSatisfy((error) => sqlStateOf(error) === '23514'); // check_violation
    expect(await listAudit(backend.db, { entity: 'monthly_value', assessmentId: assessment.id })).toEqual([]);
  });

  describe('bulk insert', () => {
    it('loads more rows than one chunk of the copy, all of them, with every column type intact', async () => {
      const { assessment } = await createAssessment(backend.db);
      const year = { districtId: assessment.districtId, assessmentId: assessment.id };
      const enteredAt = new Date('2023-02-05T01:02:03.456Z');
      const rows: NewMonthlyValue[] = [];
      for (let i = 0; i < 500; i++) {
        for (let m = 1; m <= 12; m++) {
          rows.push({
            districtId: assessment.districtId,
            assessmentId: assessment.id,
            indicatorCode: `IND.${i}`,
            month: `2023-${String(m).padStart(2, '0')}`,
            stage: 'self',
            numerator: i * m + 0.25,
            denominator: null,
            // A double that only its shortest exact text reads back as itself.
            value: m === 12 ? 0.1 + 0.2 + i * 1e-9 : null,
            flag: m % 2 === 0,
            enteredBy: 'demo \'quoted\' \\ "name"\twith a tab,\r\na line break and \\N',
            correctionReason: m === 12 ? 'Angka dari register — dikoreksi ✓' : null,
            enteredAt,
          });
        }
      }
      expect(rows.length).toBeGreaterThan(COPY_ROWS_PER_CHUNK);

      await insertMonthlyValuesBulk(backend.db, rows);

      const stored = await listMonthlyValues(backend.db, year, 'self');
      expect(stored).toHaveLength(6000);
      expect(stored.find((v) => v.indicatorCode === 'IND.499' && v.month === '2023-12')).toEqual({
        ...rows.at(-1),
        version: 1,
      });
    });

    it('inserts nothing when one row is bad', async () => {
      const { assessment } = await createAssessment(backend.db);
      const year = { districtId: assessment.districtId, assessmentId: assessment.id };
      const good = (m: number): NewMonthlyValue => ({
        districtId: assessment.districtId,
        assessmentId: assessment.id,
        indicatorCode: 'SPM.1',
        month: `2023-${String(m).padStart(2, '0')}`,
        stage: 'self',
        enteredBy: 'demo',
      });
      const rows = [
        ...Array.from({ length: COPY_ROWS_PER_CHUNK + 1 }, (_, i) => good((i % 12) + 1)).map((row, i) => ({
          ...row,
          indicatorCode: `I.${i}`,
        })),
        { ...good(1), month: '2023-00' },
      ];
      await expect(insertMonthlyValuesBulk(backend.db, rows)).rejects.toSatisfy(
        (error) => sqlStateOf(error) === '23514',
      );
      expect(await listMonthlyValues(backend.db, year)).toEqual([]);
    });

    it('refuses rows that do not all give the same columns', async () => {
      const { assessment } = await createAssessment(backend.db);
      const row: NewMonthlyValue = {
        districtId: assessment.districtId,
        assessmentId: assessment.id,
        indicatorCode: 'SPM.1',
        month: '2023-01',
        stage: 'self',
        enteredBy: 'demo',
      };
      await expect(
        insertMonthlyValuesBulk(backend.db, [row, { ...row, month: '2023-02', value: 3 }]),
      ).rejects.toThrow(/same columns/);
    });
  });
});
