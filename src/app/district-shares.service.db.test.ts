// A district-wide target shared out by Dinkes (UKM.D1.6, 45 cases for the district): the shares are
// listed with a proposal, saved all together or not at all, each Puskesmas-year rescored against its
// share; a single target save cannot move one; two admins saving at once cannot both win.
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';
import { listSharedTargets, saveShares } from './district-shares.service.ts';
import { saveTarget } from './targets.service.ts';
import { explainResult } from './explained-result.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2023-02-10T02:00:00Z');
const ADMIN = { username: 'admin.dinkes', role: 'admin_dinkes' } as const;
const CODE = 'UKM.D1.6';

function nodeOf(node: NodeResult | null | undefined, id: string): NodeResult | undefined {
  if (!node) return undefined;
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = nodeOf(child, id);
    if (found) return found;
  }
  return undefined;
}

describeOnBackends('a district-wide target shared out among the Puskesmas', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  const view = async () => (await listSharedTargets(demo.repos, demo.district, DEMO_YEAR)).rows[0]!;
  const leafOf = async (code: string) => {
    const assessment = (await demo.repos.findAssessment(code, DEMO_YEAR))!;
    const stored = (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!;
    return nodeOf((await explainResult(demo.repos, stored)).trees.service, CODE)!;
  };
  const body = (row: Awaited<ReturnType<typeof view>>, shares: number[]) => ({
    shares: row.puskesmas.map((p, i) => ({
      puskesmas: p.code,
      share: shares[i] ?? null,
      expectedVersion: p.version,
    })),
    reason: 'pembagian target TB RO 2023',
  });
  const share = (row: Awaited<ReturnType<typeof view>>, shares: number[]) =>
    saveShares(demo.uow, demo.repos, clock, {
      district: demo.district,
      year: DEMO_YEAR,
      indicatorCode: CODE,
      body: body(row, shares),
      editor: ADMIN,
    });

  it('lists the row with each Puskesmas’ share and a proposal that makes the 45', async () => {
    const listed = await listSharedTargets(demo.repos, demo.district, DEMO_YEAR);
    expect(listed.rows.map((r) => r.code)).toEqual([CODE]);
    const row = listed.rows[0]!;
    expect(row).toMatchObject({ total: 45, printedTarget: '45', sasaranLabel: 'Kasus Komulatif kab' });
    expect(row.puskesmas.map((p) => p.code)).toEqual(demo.units.map((u) => u.code));
    // The demo shared the 45 among all its 29 Puskesmas: these three hold part of it.
    for (const p of row.puskesmas) expect(p.share).toBeGreaterThanOrEqual(1);
    expect(row.sum).toBe(row.puskesmas.reduce((s, p) => s + p.share!, 0));
    expect(row.puskesmas.reduce((s, p) => s + p.proposed!, 0)).toBe(45);
    const biggest = [...row.puskesmas].sort((a, b) => b.population - a.population)[0]!;
    expect(biggest.proposed).toBe(Math.max(...row.puskesmas.map((p) => p.proposed!)));
  });

  it('refuses shares that do not make 45, naming the sum, and writes none of them', async () => {
    const before = await view();
    await expect(share(before, [20, 20, 2.5])).rejects.toMatchObject({
      code: 'SHARES_INVALID',
      params: { count: 1 },
    });
    const refused = await share(before, [20, 20, 1]).catch(
      (e: unknown) => e as { params: { issues: string; issuesEn: string } },
    );
    expect(refused).toMatchObject({
      params: { issues: 'jumlah bagian 41 kasus, padahal target kabupaten 45: selisih 4' },
    });
    expect(await view()).toEqual(before);
  });

  it('will not let one Puskesmas’ share move alone', async () => {
    const unit = demo.units[0]!;
    await expect(
      saveTarget(demo.uow, clock, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: CODE,
        body: { expectedVersion: (await view()).puskesmas[0]!.version, target: 30 },
        editor: ADMIN,
      }),
    ).rejects.toMatchObject({ code: 'TARGET_DISTRICT_SHARE', status: 409 });
  });

  it('saves every share at once, audited, and scores each Puskesmas against its own', async () => {
    const before = await view();
    const saved = await share(before, [25, 15, 5]);
    expect(saved.puskesmas.map((p) => p.share)).toEqual([25, 15, 5]);
    expect(saved.sum).toBe(45);
    for (const [i, unit] of demo.units.entries()) {
      const leaf = await leafOf(unit.code);
      expect(leaf.explanation.inputs).toMatchObject({ target: [25, 15, 5][i] });
      const audit = await listAudit(backend.db, {
        entity: 'target',
        assessmentId: (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!.id,
        entityKey: { indicatorCode: CODE, stage: 'self' },
      });
      expect(audit.at(-1)).toMatchObject({
        actor: 'admin.dinkes',
        reason: 'pembagian target TB RO 2023',
        newValue: { targetValue: [25, 15, 5][i] },
      });
    }
  });

  it('lets only one of two admins saving from the same reading win; the other is told it changed', async () => {
    const read = await view();
    const outcomes = await Promise.allSettled([share(read, [30, 10, 5]), share(read, [5, 10, 30])]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === 'rejected')!;
    expect(lost.reason).toMatchObject({ code: 'STALE_VALUE' });
    const after = await view();
    expect(after.sum).toBe(45);
    expect([
      [30, 10, 5],
      [5, 10, 30],
    ]).toContainEqual(after.puskesmas.map((p) => p.share));
  });
});
