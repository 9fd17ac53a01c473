import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createAssessment, sqlStateOf } from '../../../test/db/fixtures.ts';
import { listAudit } from './audit.repository.ts';
import {
  getRubricScore,
  insertRubricScoresBulk,
  listRubricScores,
  upsertRubricScore,
} from './rubric-scores.repository.ts';

describeOnBackends('rubric scores repository', (backend) => {
  it('stores a chosen level, then a percentage, one version at a time', async () => {
    const { assessment } = await createAssessment(backend.db);
    const key = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'MAN.1',
      stage: 'self',
    } as const;

    const first = await upsertRubricScore(backend.db, {
      ...key,
      level: 7,
      note: 'SK ada, SOP belum',
      expectedVersion: 0,
      actor: 'kapus',
    });
    const second = await upsertRubricScore(backend.db, {
      ...key,
      percent: 69.995,
      expectedVersion: 1,
      actor: 'kapus',
    });

    expect(first).toMatchObject({ level: 7, percent: null, note: 'SK ada, SOP belum', version: 1 });
    expect(second).toMatchObject({ level: null, percent: 69.995, note: null, version: 2 });
  });

  it('refuses a stale version with STALE_VALUE and leaves the stored score and the audit trail as they were', async () => {
    const { assessment } = await createAssessment(backend.db);
    const key = {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'MAN.1',
      stage: 'verified',
    } as const;
    await upsertRubricScore(backend.db, { ...key, level: 10, expectedVersion: 0, actor: 'verifikator' });

    await expect(
      upsertRubricScore(backend.db, { ...key, level: 4, expectedVersion: 0, actor: 'other' }),
    ).rejects.toMatchObject({
      code: 'STALE_VALUE',
      status: 409,
      params: { current: 1, expected: 0 },
    });

    expect(await getRubricScore(backend.db, key)).toMatchObject({
      level: 10,
      version: 1,
      enteredBy: 'verifikator',
    });
    const audit = await listAudit(backend.db, { entity: 'rubric_score', assessmentId: assessment.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entityKey: { indicatorCode: 'MAN.1', stage: 'verified' },
      oldValue: null,
      newValue: { level: 10 },
    });
  });

  it('accepts only the levels 0, 4, 7 and 10', async () => {
    const { assessment } = await createAssessment(backend.db);
    const write = upsertRubricScore(backend.db, {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'MAN.1',
      stage: 'self',
      level: 5 as 4,
      expectedVersion: 0,
      actor: 'kapus',
    });
    await expect(write).rejects.toSatisfy((error) => sqlStateOf(error) === '23514');
  });

  it('lists the scores of an assessment at one stage or both', async () => {
    const { assessment } = await createAssessment(backend.db);
    const year = { districtId: assessment.districtId, assessmentId: assessment.id };
    await insertRubricScoresBulk(backend.db, [
      { ...year, indicatorCode: 'MAN.2', stage: 'self', level: 4, enteredBy: 'demo' },
      { ...year, indicatorCode: 'MAN.1', stage: 'self', level: 10, enteredBy: 'demo' },
      { ...year, indicatorCode: 'MAN.1', stage: 'verified', level: 7, enteredBy: 'demo' },
    ]);

    expect((await listRubricScores(backend.db, year, 'self')).map((s) => [s.indicatorCode, s.level])).toEqual(
      [
        ['MAN.1', 10],
        ['MAN.2', 4],
      ],
    );
    expect(await listRubricScores(backend.db, year)).toHaveLength(3);
  });
});
