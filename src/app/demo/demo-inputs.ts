// A planned demo Puskesmas-year as the engine's inputs, without a database: for tests that score the
// demo district in memory.
import type { IndicatorInputs, MonthlyEntry, PuskesmasYear } from '../../domain/assessment/inputs.ts';
import type { DemoPuskesmasYear } from './plan.ts';

export function demoPuskesmasYear(p: DemoPuskesmasYear, year: number): PuskesmasYear {
  const inputs = new Map<string, IndicatorInputs & { months?: MonthlyEntry[] }>();
  const of = (code: string) => {
    let input = inputs.get(code);
    if (!input) inputs.set(code, (input = {}));
    return input;
  };
  for (const t of p.targets)
    of(t.indicatorCode).target = { sasaran: t.sasaran, ...(t.chosen === null ? {} : { chosen: t.chosen }) };
  for (const m of p.monthly) (of(m.indicatorCode).months ??= []).push(m);
  for (const r of p.rubrics)
    of(r.indicatorCode).rubric = { level: r.level, percent: r.percent, previous: r.previous };
  return { year, rawatInap: p.puskesmas.rawatInap, inputs };
}
