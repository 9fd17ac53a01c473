// The org unit and profile routes over HTTP.
import { beforeAll, expect, it } from 'vitest';
import { listAudit } from '../../src/data/repositories/audit.repository.ts';
import type { DistrictPuskesmasList, PuskesmasDetail } from '../../src/shared/api/org-units.schema.ts';
import type { ProfileView } from '../../src/shared/api/profile.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const P1 = UNITS.puskesmas[0];
const base = `/api/puskesmas/${P1}/years/${TEST_YEAR}`;

describeHttp('org units and the profile over HTTP', (t) => {
  let kapus: TestSession;
  let viewer: TestSession;
  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    viewer = await signIn(t.app, 'viewer.3318');
  });

  it('lists a district’s Puskesmas and shows one with its district', async () => {
    const list = await callJson<DistrictPuskesmasList>(
      t.app,
      viewer,
      'GET',
      `/api/districts/${UNITS.district}/puskesmas`,
    );
    expect(list.status).toBe(200);
    expect(list.body.map((p) => p.code)).toEqual([...UNITS.puskesmas]);
    expect(list.body[0]).toEqual({ code: P1, name: expect.any(String), rawatInap: expect.any(Boolean) });
    const one = await callJson<PuskesmasDetail>(t.app, kapus, 'GET', `/api/puskesmas/${P1}`);
    expect(one.body).toMatchObject({
      code: P1,
      district: { code: UNITS.district, name: expect.any(String) },
    });
  });

  it('GET answers the profile the demo wrote (version 1); PUT saves it, audited; a stale PUT is refused and changes nothing', async () => {
    const demo = await callJson<ProfileView>(t.app, viewer, 'GET', `${base}/profile`);
    expect(demo.status).toBe(200);
    expect(demo.body).toMatchObject({ version: 1, updatedBy: 'demo' });
    expect(demo.body.population).toBe(demo.body.profile.villages.reduce((n, v) => n + v.population, 0));
    expect(demo.body.profile.targetPopulations.kelahiranHidup).toBeGreaterThan(0);

    const profile = {
      ...demo.body.profile,
      address: 'Jl. Diponegoro 12, Pati',
      areaKm2: 37.2,
      villages: [{ name: 'Puri', population: 6120 }],
      staff: { ...demo.body.profile.staff, dokter: 3, bidan: 15 },
      facilities: [{ name: 'Puskesmas keliling', count: 2, condition: 'rusak-ringan' }],
    };
    const body = {
      rawatInap: demo.body.puskesmas.rawatInap,
      profile,
      expectedVersion: 1,
      reason: 'profil 2023',
    };
    const saved = await callJson<ProfileView>(t.app, kapus, 'PUT', `${base}/profile`, body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, population: 6120, updatedBy: 'kapus.p3318001', profile });

    const stale = await callJson<{ code: string }>(t.app, kapus, 'PUT', `${base}/profile`, {
      ...body,
      profile: demo.body.profile,
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'STALE_VALUE' } });
    expect((await callJson<ProfileView>(t.app, kapus, 'GET', `${base}/profile`)).body.profile).toEqual(
      profile,
    );

    const unit = (await t.deps.repos.findOrgUnit(P1))!;
    const audit = await listAudit(t.store.db, { entity: 'profile', orgUnitId: unit.id });
    expect(audit.map((a) => a.actor)).toEqual(['demo', 'kapus.p3318001']);
  });

  it('GET answers an empty profile (version 0) for a year nobody has written one for', async () => {
    const empty = await callJson<ProfileView>(
      t.app,
      viewer,
      'GET',
      `/api/puskesmas/${P1}/years/${TEST_YEAR - 1}/profile`,
    );
    expect(empty.body).toMatchObject({ version: 0, population: 0, profile: { villages: [], address: '' } });
  });

  it('names the bad field of a profile', async () => {
    const res = await callJson<{ code: string; issues: { path: string }[] }>(
      t.app,
      kapus,
      'PUT',
      `${base}/profile`,
      {
        rawatInap: true,
        profile: { address: '', areaKm2: -1, villages: [], targetPopulations: {}, staff: {}, facilities: [] },
        expectedVersion: 1,
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION');
    expect(res.body.issues.map((i) => i.path)).toContain('profile.areaKm2');
  });
});
