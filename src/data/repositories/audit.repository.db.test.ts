import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createAssessment } from '../../../test/db/fixtures.ts';
import { appendAudit, listAudit } from './audit.repository.ts';

describeOnBackends('audit repository', (backend) => {
  it("fills in the assessment's Puskesmas as the unit when none is given", async () => {
    const { assessment, puskesmas } = await createAssessment(backend.db);
    await appendAudit(backend.db, {
      actor: 'pelaksana',
      entity: 'monthly_value',
      assessmentId: assessment.id,
      entityKey: { indicatorCode: 'SPM.1', month: '2023-01', stage: 'self' },
      oldValue: null,
      newValue: { numerator: 1 },
    });

    const [entry] = await listAudit(backend.db, { entity: 'monthly_value', assessmentId: assessment.id });

    expect(entry).toMatchObject({ orgUnitId: puskesmas.id, assessmentId: assessment.id, reason: null });
    expect(entry!.id).toEqual(expect.any(Number));
  });

  it('lists the history of one entity, oldest first, leaving out other entities and kinds', async () => {
    const { assessment } = await createAssessment(backend.db);
    const entry = (
      indicatorCode: string,
      numerator: number,
      entity: 'monthly_value' | 'target' = 'monthly_value',
    ) =>
      appendAudit(backend.db, {
        actor: 'a',
        entity,
        assessmentId: assessment.id,
        entityKey: { indicatorCode, month: '2023-01', stage: 'self' },
        oldValue: null,
        newValue: { numerator },
      });
    await entry('SPM.1', 1);
    await entry('SPM.2', 2);
    await entry('SPM.1', 3);
    await entry('SPM.1', 4, 'target');

    const history = await listAudit(backend.db, {
      entity: 'monthly_value',
      assessmentId: assessment.id,
      entityKey: { indicatorCode: 'SPM.1', month: '2023-01', stage: 'self' },
    });

    expect(history.map((h) => h.newValue)).toEqual([{ numerator: 1 }, { numerator: 3 }]);
    expect(history[0]!.id).toBeLessThan(history[1]!.id);
  });

  it('lists the entries of a unit without an assessment, such as a district catalog', async () => {
    const { district } = await createAssessment(backend.db);
    const before = await listAudit(backend.db, { entity: 'catalog', orgUnitId: district.id });
    await appendAudit(backend.db, {
      actor: 'admin',
      entity: 'catalog',
      orgUnitId: district.id,
      entityKey: { year: 2023 },
      oldValue: { status: 'draft' },
      newValue: { status: 'published' },
      reason: 'SK signed',
    });

    const after = await listAudit(backend.db, {
      entity: 'catalog',
      orgUnitId: district.id,
      entityKey: { year: 2023 },
    });

    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      assessmentId: null,
      reason: 'SK signed',
      newValue: { status: 'published' },
    });
  });
});
