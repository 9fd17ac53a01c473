// Odd numbers over HTTP: every number a screen sends is finite, within a plausible maximum for its
// unit and whole where it counts people, cases or units; a refusal names the field and says why.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import type { ProfileView } from '../../src/shared/api/profile.schema.ts';
import type { RubricView } from '../../src/shared/api/rubric.schema.ts';
import type { TargetSaved, TargetsView } from '../../src/shared/api/targets.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const P1 = UNITS.puskesmas[0];
const base = `/api/puskesmas/${P1}/years/${TEST_YEAR}`;
const MARCH = `${TEST_YEAR}-03`;

interface Refusal {
  code: string;
  message: string;
  params: Record<string, string | number>;
}

describeHttp('odd numbers over HTTP', (t) => {
  let pelaksana: TestSession;
  let kapus: TestSession;
  let admin: TestSession;
  beforeAll(async () => {
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    kapus = await signIn(t.app, 'kapus.p3318001');
    admin = await signIn(t.app, 'admin.3318');
  });

  const storedCell = async (code: string, month: string) => {
    const grid = (await callJson<EntriesView>(t.app, pelaksana, 'GET', `${base}/entries`)).body;
    return grid.values.find((v) => v.indicatorCode === code && v.month === month) ?? null;
  };
  const targetRow = async (code: string) => {
    const view = (await callJson<TargetsView>(t.app, kapus, 'GET', `${base}/targets`)).body;
    return view.rows.find((r) => r.code === code)!;
  };

  describe('a monthly value', () => {
    it.each([
      [
        '1e308 mothers served (SPM.01)',
        'SPM.01',
        { numerator: 1e308 },
        'numerator',
        'above-maximum',
        'terlalu besar: paling banyak 10.000.000',
      ],
      [
        '1,5 mothers served (SPM.01)',
        'SPM.01',
        { numerator: 1.5 },
        'numerator',
        'not-whole',
        'harus bilangan bulat',
      ],
      [
        'villages with STBM above ten million (UKM.B1.2, a stock)',
        'UKM.B1.2',
        { numerator: 10_000_001 },
        'numerator',
        'above-maximum',
        'paling banyak 10.000.000',
      ],
      [
        'half a drug-resistant TB case (UKM.D1.6, an amount)',
        'UKM.D1.6',
        { value: 0.5 },
        'value',
        'not-whole',
        'harus bilangan bulat',
      ],
      [
        '2,5 deaths to report to MPDN (UKM.C1.A.10, a share)',
        'UKM.C1.A.10',
        { numerator: 2, denominator: 2.5 },
        'denominator',
        'not-whole',
        'harus bilangan bulat',
      ],
      [
        '1e-300 PD3I outbreaks (UKM.H.6)',
        'UKM.H.6',
        { numerator: 3, denominator: 1e-300 },
        'denominator',
        'not-whole',
        'harus bilangan bulat',
      ],
      [
        'response hours with five decimals (UKM.H.6)',
        'UKM.H.6',
        { numerator: 2.12345, denominator: 1 },
        'numerator',
        'too-many-decimals',
        'paling banyak 4 angka di belakang koma',
      ],
    ] as [string, string, object, string, string, string][])(
      'refuses %s, naming the field and why, and keeps the stored value',
      async (_name, code, fields, field, rule, words) => {
        const before = await storedCell(code, MARCH);
        const res = await callJson<Refusal>(t.app, pelaksana, 'PUT', `${base}/entries/${code}/${MARCH}`, {
          ...fields,
          expectedVersion: before?.version ?? 0,
        });
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({
          code: 'VALUE_INVALID',
          params: { field, code, month: MARCH, rule },
        });
        expect(res.body.message).toContain(`Nilai ${field} untuk indikator ${code}`);
        expect(res.body.message).toContain(words);
        expect(await storedCell(code, MARCH)).toEqual(before);
      },
    );

    it('stores 2,5 response hours for one PD3I outbreak (hours need not be whole)', async () => {
      const before = await storedCell('UKM.H.6', MARCH);
      const res = await callJson<{ value: { numerator: number } }>(
        t.app,
        pelaksana,
        'PUT',
        `${base}/entries/UKM.H.6/${MARCH}`,
        // March is reported (the demo's months are): a change is a correction, with its reason.
        {
          numerator: 2.5,
          denominator: 1,
          expectedVersion: before?.version ?? 0,
          reason: 'Jam dihitung ulang',
        },
      );
      expect(res.status).toBe(200);
      expect(res.body.value).toMatchObject({ numerator: 2.5, denominator: 1 });
    });

    it('refuses 1e400, which JSON reads as Infinity, naming the field', async () => {
      // Sent as raw text: JSON.stringify writes Infinity as null.
      const raw = await t.app.request(`${base}/entries/SPM.01/${MARCH}`, {
        method: 'PUT',
        headers: {
          cookie: pelaksana.cookie,
          'x-csrf-token': pelaksana.csrfToken,
          'content-type': 'application/json',
        },
        body: '{"numerator": 1e400, "expectedVersion": 0}',
      });
      expect(raw.status).toBe(400);
      expect(await raw.json()).toMatchObject({
        code: 'VALUE_INVALID',
        params: { field: 'numerator' },
      });
    });
  });

  describe('a target row', () => {
    it.each([
      [
        'a coverage target of 150 % (SPM.01)',
        'admin',
        'SPM.01',
        { target: 150 },
        'target',
        'paling banyak 100 %',
      ],
      ['a target of 1e308 (SPM.01)', 'admin', 'SPM.01', { target: 1e308 }, 'target', 'terlalu besar'],
      [
        'a target of 1e-300 hours (UKM.H.6)',
        'admin',
        'UKM.H.6',
        { target: 1e-300 },
        'target',
        'paling banyak 4 angka di belakang koma',
      ],
      [
        'a target of 10.000 hours (UKM.H.6)',
        'admin',
        'UKM.H.6',
        { target: 10_000 },
        'target',
        'paling banyak 8.784 jam',
      ],
      [
        'a ya/tidak target of 0,5 (UKM.C2.8)',
        'admin',
        'UKM.C2.8',
        { target: 0.5 },
        'target',
        'hanya 1 (ya) atau 0 (tidak)',
      ],
      [
        'an absolute target of 12,5 mothers (SPM.01)',
        'admin',
        'SPM.01',
        { targetSasaran: 12.5 },
        'targetSasaran',
        'harus bilangan bulat',
      ],
      [
        'a sasaran of 1,5 mothers (SPM.02)',
        'kapus',
        'SPM.02',
        { sasaran: 1.5 },
        'sasaran',
        'harus bilangan bulat',
      ],
      [
        'a sasaran of 1e308 (SPM.02)',
        'kapus',
        'SPM.02',
        { sasaran: 1e308 },
        'sasaran',
        'paling banyak 100.000.000',
      ],
    ] as [string, 'admin' | 'kapus', string, object, string, string][])(
      'refuses %s, naming the field and why, and keeps the row',
      async (_name, who, code, fields, field, words) => {
        const before = await targetRow(code);
        const res = await callJson<Refusal>(
          t.app,
          who === 'admin' ? admin : kapus,
          'PUT',
          `${base}/targets/${code}`,
          { ...fields, expectedVersion: before.version },
        );
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ code: 'INDICATOR_FIELD_INVALID', params: { field, code } });
        expect(res.body.message).toContain(`Isian ${field} untuk indikator ${code} tidak valid`);
        expect(res.body.message).toContain(words);
        expect(await targetRow(code)).toEqual(before);
      },
    );

    it('takes the live births from the profile as the sasaran of Angka kematian ibu (per kelahiran hidup)', async () => {
      const profile = (await callJson<ProfileView>(t.app, kapus, 'GET', `${base}/profile`)).body;
      const saved = await callJson<ProfileView>(t.app, kapus, 'PUT', `${base}/profile`, {
        rawatInap: profile.puskesmas.rawatInap,
        profile: {
          ...profile.profile,
          targetPopulations: { ...profile.profile.targetPopulations, kelahiranHidup: 812, ibuHamil: 905 },
        },
        expectedVersion: profile.version,
      });
      expect(saved.status).toBe(200);
      expect(saved.body.profile.targetPopulations).toMatchObject({ kelahiranHidup: 812, ibuHamil: 905 });

      const aki = await targetRow('UKM.C1.A.1');
      expect(aki.profileKey).toBe('kelahiranHidup');
      expect((await targetRow('UKM.C1.A.2')).profileKey).toBe('ibuHamil');
      expect((await targetRow('UKM.D5.1')).profileKey).toBeNull();
      const res = await callJson<TargetSaved>(t.app, kapus, 'PUT', `${base}/targets/UKM.C1.A.1`, {
        expectedVersion: aki.version,
        fromProfile: 'kelahiranHidup',
      });
      expect(res.status).toBe(200);
      expect(res.body.row).toMatchObject({ sasaran: 812, profileKey: 'kelahiranHidup' });
    });
  });

  describe('a rubric percentage', () => {
    const item = async (code: string) => {
      const view = (await callJson<RubricView>(t.app, kapus, 'GET', `${base}/rubric`)).body;
      return view.groups.flatMap((g) => g.items).find((i) => i.code === code)!;
    };

    it('refuses an IKM value with six decimals (MUT.B3.2), naming the field and why, and keeps the item', async () => {
      const before = await item('MUT.B3.2');
      const res = await callJson<Refusal>(t.app, kapus, 'PUT', `${base}/rubric/MUT.B3.2`, {
        percent: 76.123456,
        expectedVersion: before.version,
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'INDICATOR_FIELD_INVALID', params: { field: 'percent' } });
      expect(res.body.message).toContain('paling banyak 4 angka di belakang koma');
      expect(await item('MUT.B3.2')).toEqual(before);
    });

    it('refuses a percentage above 100 as invalid input', async () => {
      const before = await item('MAN.A6.2');
      const res = await callJson<{ code: string; issues: { path: string }[] }>(
        t.app,
        kapus,
        'PUT',
        `${base}/rubric/MAN.A6.2`,
        { percent: 150, expectedVersion: before.version },
      );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'percent' }] });
    });
  });

  describe('a profile number', () => {
    it.each([
      ['1,5 pregnant women', { targetPopulations: { ibuHamil: 1.5 } }, 'profile.targetPopulations.ibuHamil'],
      [
        '1e308 live births',
        { targetPopulations: { kelahiranHidup: 1e308 } },
        'profile.targetPopulations.kelahiranHidup',
      ],
      [
        'a village of 1e308 people',
        { villages: [{ name: 'Puri', population: 1e308 }] },
        'profile.villages[0].population',
      ],
      ['20.000 doctors', { staff: { dokter: 20_000 } }, 'profile.staff.dokter'],
      ['an area of a million km²', { areaKm2: 1_000_000 }, 'profile.areaKm2'],
    ] as [string, Record<string, unknown>, string][])(
      'refuses %s, naming the field',
      async (_name, change, path) => {
        const current = (await callJson<ProfileView>(t.app, kapus, 'GET', `${base}/profile`)).body;
        const profile: Record<string, unknown> = { ...current.profile };
        for (const [key, value] of Object.entries(change))
          profile[key] = Array.isArray(value)
            ? value
            : typeof value === 'object' && value !== null
              ? { ...(profile[key] as object), ...value }
              : value;
        const res = await callJson<{ code: string; issues: { path: string }[] }>(
          t.app,
          kapus,
          'PUT',
          `${base}/profile`,
          { rawatInap: current.puskesmas.rawatInap, profile, expectedVersion: current.version },
        );
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION');
        expect(new Set(res.body.issues.map((i) => i.path))).toEqual(new Set([path]));
        expect((await callJson<ProfileView>(t.app, kapus, 'GET', `${base}/profile`)).body).toEqual(current);
      },
    );
  });
});
