// The demo district as a Dinkes would read it: sasaran from each Puskesmas's population profile,
// months that follow the seasons of the work, and the planted mistakes exactly where DEMO_ANOMALIES says.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import { dueDateOf, monthsOfYear } from '../../domain/periods/months.ts';
import { localDate } from '../../domain/periods/calendar.ts';
import { SASARAN_KEYS } from '../../shared/api/profile.schema.ts';
import { suggestedSasaran } from '../sasaran-suggestion.ts';
import { DEMO_ANOMALIES } from './anomalies.ts';
import { demoSasaran } from './demo-sasaran.ts';
import { planDemoDistrict, type DemoPuskesmasYear } from './plan.ts';
import { demoPopulation } from './population-profile.ts';
import { demoPuskesmasList } from './puskesmas-list.ts';
import { seededRandom } from './random.ts';
import { DEMO_CAMPAIGNS } from './seasons.ts';
import { DEMO_MISSING } from './work-in-progress.ts';

const catalog = BUILT_IN_CATALOGS.get(2023)!;
const plan = planDemoDistrict(catalog);
const indicators = listIndicators(catalog).map((p) => p.indicator);
const byCode = new Map(indicators.map((i) => [i.code, i]));
const puskesmas = (code: string) => plan.puskesmas.find((p) => p.puskesmas.code === code)!;
const sasaranOf = (p: DemoPuskesmasYear, code: string) =>
  p.targets.find((t) => t.indicatorCode === code)?.sasaran ?? null;
/** The twelve monthly figures of one row (a count's numerator, an amount's value). */
const months = (p: DemoPuskesmasYear, code: string) =>
  monthsOfYear(plan.year).map((m) => {
    const row = p.monthly.find((r) => r.indicatorCode === code && r.month === m);
    return row?.numerator ?? row?.value ?? 0;
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the demo population profiles', () => {
  it('give each Puskesmas 25.000–75.000 people in its villages, about 1,3 million in the district', () => {
    for (const p of plan.puskesmas) {
      const population = sum(p.profile.villages.map((v) => v.population));
      expect(population, p.puskesmas.code).toBe(p.puskesmas.population);
      expect(population).toBeGreaterThanOrEqual(25_000);
      expect(population).toBeLessThanOrEqual(75_000);
      expect(new Set(p.profile.villages.map((v) => v.name)).size).toBe(p.profile.villages.length);
    }
    const district = sum(plan.puskesmas.map((p) => p.puskesmas.population));
    expect(district).toBeGreaterThan(1_200_000);
    expect(district).toBeLessThan(1_400_000);
  });

  // Each share as a Dinkes profile states it, with the spread the age structure gives.
  const shares: [string, (t: Record<string, number>, pop: number) => number, number, number][] = [
    ['live births ≈ 1,4 % of the population', (t, pop) => t.kelahiranHidup! / pop, 0.013, 0.015],
    ['pregnant women ≈ 1,1 × live births', (t) => t.ibuHamil! / t.kelahiranHidup!, 1.09, 1.11],
    ['women giving birth ≈ 1,05 × live births', (t) => t.ibuBersalin! / t.kelahiranHidup!, 1.04, 1.06],
    ['newborns = live births', (t) => t.bayiBaruLahir! / t.kelahiranHidup!, 1, 1],
    ['infants ≈ live births', (t) => t.bayi! / t.kelahiranHidup!, 0.98, 0.99],
    ['under-fives ≈ 7,5 %', (t, pop) => t.balita! / pop, 0.069, 0.081],
    ['school age (7–15) ≈ 15 %', (t, pop) => t.anakSekolah! / pop, 0.139, 0.161],
    ['productive age (15–59) ≈ 65 %', (t, pop) => t.usiaProduktif! / pop, 0.63, 0.67],
    ['elderly (60+) ≈ 13 %', (t, pop) => t.lansia! / pop, 0.12, 0.14],
    ['women of childbearing age ≈ 25 %', (t, pop) => t.wus! / pop, 0.249, 0.251],
    [
      'hypertension ≈ 37,6 % of those 15+',
      (t) => t.hipertensi! / (t.usiaProduktif! + t.lansia!),
      0.375,
      0.377,
    ],
    ['diabetes ≈ 2,1 % of those 15+', (t) => t.diabetes! / (t.usiaProduktif! + t.lansia!), 0.0205, 0.0215],
    [
      'TB presumptives ≈ 10 × the expected cases (354 per 100.000)',
      (t, pop) => t.terdugaTb! / pop,
      0.034,
      0.036,
    ],
  ];
  it.each(shares)('%s', (_name, ratio, min, max) => {
    for (const p of plan.puskesmas) {
      const r = ratio(p.profile.targetPopulations as Record<string, number>, p.puskesmas.population);
      expect(r, p.puskesmas.code).toBeGreaterThanOrEqual(min);
      expect(r, p.puskesmas.code).toBeLessThanOrEqual(max);
    }
  });

  it('fill every target population of the profile', () => {
    for (const p of plan.puskesmas)
      for (const key of SASARAN_KEYS) expect(p.profile.targetPopulations[key], key).toBeGreaterThan(0);
  });
});

describe('the demo sasaran', () => {
  it('differ by SPM row and by Puskesmas', () => {
    const spm = indicators.filter((i) => i.code.startsWith('SPM.')).map((i) => i.code);
    for (const p of plan.puskesmas) {
      const values = spm.map((c) => sasaranOf(p, c));
      // Newborns and live births are one number; every other SPM population is its own.
      expect(new Set(values).size, p.puskesmas.code).toBeGreaterThanOrEqual(11);
    }
    for (const code of spm)
      expect(new Set(plan.puskesmas.map((p) => sasaranOf(p, code))).size, code).toBeGreaterThanOrEqual(25);
  });

  it('are the profile’s own number wherever the targets screen would take one from it', () => {
    let checked = 0;
    for (const p of plan.puskesmas) {
      for (const t of p.targets) {
        const key = suggestedSasaran(byCode.get(t.indicatorCode)!);
        if (key === null || t.sasaran === null) continue;
        expect(t.sasaran, `${p.puskesmas.code} ${t.indicatorCode}`).toBe(p.profile.targetPopulations[key]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(29 * 30);
  });

  it('are named by a rule for every row of the Pati catalog that has one (no estimate left)', () => {
    const d = demoPopulation(demoPuskesmasList()[0]!, seededRandom(1));
    const needSasaran = indicators.filter(
      (i) => (i.kind === 'coverage' || i.kind === 'rate') && (i.entry === 'count' || i.entry === 'level'),
    );
    expect(needSasaran.filter((i) => demoSasaran(i, d) === undefined).map((i) => i.code)).toEqual([]);
  });

  it('read rates per live birth against the live births and rates per population against the population', () => {
    const p = puskesmas('P3318001');
    expect(sasaranOf(p, 'UKM.C1.A.1')).toBe(p.profile.targetPopulations.kelahiranHidup);
    expect(sasaranOf(p, 'UKM.D1.2')).toBe(p.puskesmas.population);
    expect(sasaranOf(p, 'UKM.E1.2')).toBe(p.puskesmas.population);
    expect(sasaranOf(p, 'UKM.B1.2')).toBe(p.profile.villages.length);
  });
});

describe('the demo months', () => {
  const district = (code: string) =>
    monthsOfYear(plan.year).map((_, i) => sum(plan.puskesmas.map((p) => months(p, code)[i] ?? 0)));

  it('put school immunisation (BIAS) and vitamin A in their campaign months', () => {
    for (const [code, campaign] of Object.entries(DEMO_CAMPAIGNS)) {
      const perMonth = district(code);
      perMonth.forEach((n, i) => {
        if (!(i + 1 in campaign.months)) expect(n, `${code} month ${i + 1}`).toBe(0);
      });
      expect(sum(perMonth), code).toBeGreaterThan(0);
    }
    const bias = district('UKM.G.5');
    expect(bias[7]).toBeGreaterThan(10 * (bias[8] ?? 0));
  });

  it('bring dengue and diarrhoea in the rainy season, and fewer visits in the Lebaran month', () => {
    const dengue = district('UKM.E1.2');
    const rainy = sum([0, 1, 2, 11].map((i) => dengue[i] ?? 0));
    const dry = sum([5, 6, 7, 8].map((i) => dengue[i] ?? 0));
    expect(rainy).toBeGreaterThan(2 * dry);
    // April 2023: Ramadan to the 21st, Idul Fitri on the 22nd.
    const balita = district('SPM.04');
    const others = balita.filter((_, i) => i !== 3);
    expect(balita[3]).toBeLessThan(Math.min(...others));
  });

  it('vary month to month in every ordinary count of 30 a month or more', () => {
    const flat = plan.puskesmas.flatMap((p) =>
      indicators
        .filter((i) => i.entry === 'count' && i.kind === 'coverage' && !(i.code in DEMO_CAMPAIGNS))
        .filter((i) => sum(months(p, i.code)) >= 360)
        .filter((i) => new Set(months(p, i.code)).size < 4)
        .map((i) => `${p.puskesmas.code} ${i.code}`),
    );
    expect(flat).toEqual([]);
  });
});

describe('the planted anomalies', () => {
  it.each(
    DEMO_ANOMALIES.map((a) => [`${a.kind} ${a.puskesmas} ${a.indicatorCode} ${a.month ?? ''}`, a] as const),
  )('%s is where DEMO_ANOMALIES says, and the only one of its row', (_name, anomaly) => {
    const p = puskesmas(anomaly.puskesmas);
    const figures = months(p, anomaly.indicatorCode);
    const sasaran = sasaranOf(p, anomaly.indicatorCode)!;
    if (anomaly.month === null) {
      expect(sum(figures)).toBeGreaterThan(sasaran);
      expect(Math.max(...figures)).toBeLessThan(2 * median(figures));
      return;
    }
    const at = monthsOfYear(plan.year).indexOf(anomaly.month);
    const wrong = figures[at]!;
    const others = figures.filter((_, i) => i !== at);
    const usual = median(others);
    if (anomaly.kind === 'typo-x10') expect(wrong).toBeGreaterThanOrEqual(7 * usual);
    // Added twice, the month stands alone above the year (a seasonal peak has months near it).
    if (anomaly.kind === 'entered-twice') {
      expect(wrong).toBe(2 * usual);
      expect(wrong).toBeGreaterThanOrEqual(1.5 * Math.max(...others));
    }
    // Every other month is ordinary, and the year stays under its sasaran: one warning, not two.
    expect(Math.max(...others)).toBeLessThan(1.6 * usual);
    expect(sum(figures)).toBeLessThan(sasaran);
  });
});

describe('the demo month reports', () => {
  it('date each month’s completion and report at its entry (one sitting a month), so the months entered by the 5th are on time', () => {
    for (const p of plan.puskesmas) {
      for (const r of p.monthReports) {
        const entered = p.monthly.filter((m) => m.month === r.month).map((m) => m.enteredAt.getTime());
        expect(r.completedAt.getTime()).toBe(Math.max(...entered));
        if (r.reportedAt) expect(r.reportedAt).toEqual(r.completedAt);
      }
    }
    const pati = puskesmas('P3318001');
    const onTime = pati.monthReports.filter(
      (r) => r.reportedAt && localDate(r.reportedAt) <= dueDateOf(r.month),
    );
    expect(onTime.length).toBeGreaterThanOrEqual(6);
    expect(onTime.length).toBeLessThanOrEqual(8);
  });

  it('report every month of the submitted Puskesmas, by their koordinator', () => {
    for (const p of plan.puskesmas.filter((x) => x.status === 'submitted')) {
      expect(p.monthReports.map((r) => r.month)).toEqual(monthsOfYear(plan.year));
      expect(
        p.monthReports.every((r) => r.reportedBy === `koordinator.${p.puskesmas.code.toLowerCase()}`),
      ).toBe(true);
    }
  });

  it('leave December unreported at the draft Puskesmas, and two of its figures still to enter at Pati I', () => {
    const pati = puskesmas('P3318001');
    expect(pati.monthReports.map((r) => r.month)).toEqual(monthsOfYear(plan.year).slice(0, 11));
    expect(pati.monthReports.every((r) => r.reportedAt !== null)).toBe(true);
    const december = pati.monthly.filter((m) => m.month === '2023-12').map((m) => m.indicatorCode);
    for (const code of DEMO_MISSING.indicatorCodes) {
      expect(december).not.toContain(code);
      expect(pati.monthly.filter((m) => m.indicatorCode === code)).toHaveLength(11);
    }
    const patiII = puskesmas('P3318002');
    expect(patiII.monthReports.map((r) => [r.month, r.reportedAt === null])).toEqual(
      monthsOfYear(plan.year).map((m) => [m, m === '2023-12']),
    );
  });

  it('are the same on every run (seeded)', () => {
    const again = planDemoDistrict(catalog);
    expect(again.puskesmas.map((p) => [p.profile, p.targets, p.monthReports])).toEqual(
      plan.puskesmas.map((p) => [p.profile, p.targets, p.monthReports]),
    );
  });
});

describe('the demo UKM Pengembangan choices', () => {
  it('choose at most one key indicator per service, and at least one service per Puskesmas (2.7.1)', () => {
    const serviceOf = new Map(listIndicators(catalog).map((p) => [p.indicator.code, p.path[0]?.code]));
    for (const p of plan.puskesmas) {
      const services = p.targets.filter((t) => t.chosen === true).map((t) => serviceOf.get(t.indicatorCode));
      expect(services.length, p.puskesmas.code).toBeGreaterThan(0);
      expect(new Set(services).size, p.puskesmas.code).toBe(services.length);
    }
  });
});
