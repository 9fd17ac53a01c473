import { describe, expect, it } from 'vitest';
import { entryProblem } from '../../domain/assessment/entry-fields.ts';
import { numberProblem, RUBRIC_PERCENT, targetProblem } from '../../domain/assessment/number-bounds.ts';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import { planDemoDistrict } from './plan.ts';

describe('the demo district', () => {
  const catalog = BUILT_IN_CATALOGS.get(2023)!;
  const plan = planDemoDistrict(catalog);
  const byCode = new Map(listIndicators(catalog).map((p) => [p.indicator.code, p.indicator]));

  // Otherwise the engine would leave demo values out (docs/scoring-decisions.md, rule 33) and the demo
  // would show gaps no officer typed.
  it('enters only values the entry screen would accept', () => {
    const refused = plan.puskesmas.flatMap((p) => [
      ...p.monthly
        .filter((m) => {
          const { numerator, denominator, value, flag } = m;
          const given = { numerator, denominator, value, flag };
          const fields = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== null));
          return entryProblem(byCode.get(m.indicatorCode)!, fields) !== null;
        })
        .map((m) => `${p.puskesmas.code} ${m.indicatorCode} ${m.month}`),
      ...p.targets
        .filter((t) => targetProblem(byCode.get(t.indicatorCode)!, { sasaran: t.sasaran }) !== null)
        .map((t) => `${p.puskesmas.code} ${t.indicatorCode} sasaran ${t.sasaran}`),
      ...p.rubrics
        .filter((r) => r.percent !== null && numberProblem(r.percent, RUBRIC_PERCENT) !== null)
        .map((r) => `${p.puskesmas.code} ${r.indicatorCode} ${r.percent} %`),
    ]);
    expect(refused).toEqual([]);
  });
});
