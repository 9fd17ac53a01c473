// The plausibility warnings find every mistake planted in the demo (DEMO_ANOMALIES), as the kind of
// warning that mistake calls for, and nothing else: the campaign months and seasons are real work.
import { describe, expect, it } from 'vitest';
import { plausibilityWarnings, type PlausibilityWarning } from '../../domain/assessment/plausibility.ts';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { profilePopulations } from '../warnings.service.ts';
import { DEMO_ANOMALIES, type DemoAnomaly } from './anomalies.ts';
import { demoPuskesmasYear } from './demo-inputs.ts';
import { planDemoDistrict, type DemoPuskesmasYear } from './plan.ts';
import { DEMO_CAMPAIGNS } from './seasons.ts';

const catalog = BUILT_IN_CATALOGS.get(2023)!;
const plan = planDemoDistrict(catalog);

function warningsOf(p: DemoPuskesmasYear): PlausibilityWarning[] {
  return plausibilityWarnings(
    catalog,
    demoPuskesmasYear(p, plan.year),
    profilePopulations(catalog, p.profile),
  );
}

const byPuskesmas = new Map(plan.puskesmas.map((p) => [p.puskesmas.code, warningsOf(p)]));

/** The key of the warning a planted mistake calls for. */
function expectedKey(anomaly: DemoAnomaly): string {
  switch (anomaly.kind) {
    case 'typo-x10':
      return `month-outlier:${anomaly.indicatorCode}:${anomaly.month}`;
    case 'entered-twice':
      return `month-doubled:${anomaly.indicatorCode}:${anomaly.month}`;
    case 'over-sasaran':
      return `above-sasaran:${anomaly.indicatorCode}`;
  }
}

describe('the plausibility warnings of the demo district', () => {
  it.each(
    DEMO_ANOMALIES.map((a) => ({
      ...a,
      name: `${a.kind} ${a.puskesmas} ${a.indicatorCode} ${a.month ?? 'year'}`,
    })),
  )('find the planted $name', (anomaly) => {
    const keys = (byPuskesmas.get(anomaly.puskesmas) ?? []).map((w) => w.key);
    expect(keys).toContain(expectedKey(anomaly));
  });

  it('raise nothing but the planted mistakes', () => {
    const found = [...byPuskesmas].flatMap(([code, ws]) => ws.map((w) => `${code} ${w.key}`));
    const planted = DEMO_ANOMALIES.map((a) => `${a.puskesmas} ${expectedKey(a)}`);
    expect(found.sort()).toEqual(planted.sort());
  });

  it('take no campaign month (BIAS, vitamin A, deworming, school screening) for a mistake', () => {
    const campaign = [...byPuskesmas.values()].flat().filter((w) => w.indicatorCode in DEMO_CAMPAIGNS);
    expect(campaign).toEqual([]);
  });
});
