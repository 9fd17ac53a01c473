// "Laporkan bulan ini": a Puskesmas reports a complete month to Dinkes (criterion 2.8.3 b, e). The
// report's date decides the month's timeliness (by the 5th of the next month, WIB; docs/scoring-
// decisions.md rule 20); it is written under the year's lock (`writeYear`: the role × status check
// too), audited as a `month_report`, and recorded once however many people press the button at once.
import { hasFields } from '../domain/assessment/entry-fields.ts';
import { completeMonths, missingCodes } from '../domain/periods/completeness.ts';
import { dueDateOf, isMonth } from '../domain/periods/months.ts';
import { reportRefusal } from '../domain/periods/reporting.ts';
import type { MonthCompleteness } from '../shared/api/dashboard.schema.ts';
import { AppError } from '../shared/errors.ts';
import { monthStatusOf, reportsOf } from './entries.service.ts';
import { monthlyIndicators, recordCompletedMonths, requiredCodes } from './month-completion.ts';
import type { Clock, Repositories, UnitOfWork } from './ports.ts';
import { loadYear, today, type PuskesmasUnit } from './puskesmas-year.ts';
import { writeYear, type Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

/** How many missing indicators a refusal names (the grid shows them all). */
const NAMED = 5;

export interface MonthReported {
  /** The month as it stands now, with its report. */
  month: MonthCompleteness;
  /** False when the month had been reported already (by this person or another): that report stands. */
  recorded: boolean;
}

/**
 * Reports `month` of a Puskesmas-year. Refused while the month has not ended (MONTH_NOT_ENDED) or is
 * incomplete (MONTH_INCOMPLETE, naming what is missing); a month already reported answers as it is.
 */
export async function reportMonth(
  deps: { uow: UnitOfWork; repos: Repositories; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; month: string; editor: Editor },
): Promise<MonthReported> {
  const { unit, year, month, editor } = input;
  if (!isMonth(month) || !month.startsWith(`${year}-`))
    throw new AppError('FIELD_INVALID', { field: 'month', reason: `bukan bulan tahun ${year} (YYYY-MM)` });
  const recorded = await writeYear(deps.uow, { unit, year, editor }, async (tx, assessment) => {
    const reports = await tx.listMonthReports(assessment.id);
    if (reports.some((r) => r.month === month && r.reportedAt)) return false;
    const at = deps.clock();
    const day = today(at);
    const ctx = await loadYear(tx, unit, year, { monthly: false, rubrics: false });
    const indicators = monthlyIndicators(ctx.catalog);
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    const required = requiredCodes(indicators, ctx.py);
    const stamps = (await tx.listMonthEntryPresence(yearKeyOf(assessment), 'self', [month])).flatMap((p) => {
      const indicator = byCode.get(p.indicatorCode);
      return indicator ? [{ ...p, filled: hasFields(indicator, p.present) }] : [];
    });
    const complete = completeMonths(required, stamps, [month]).has(month);
    const refusal = reportRefusal({ month, complete }, day);
    if (refusal === 'not-ended') throw new AppError('MONTH_NOT_ENDED', { month }, { status: 409 });
    if (refusal === 'incomplete') {
      const missing = missingCodes(required, stamps, month);
      const named = missing.slice(0, NAMED).join(', ') + (missing.length > NAMED ? ', …' : '');
      throw new AppError(
        'MONTH_INCOMPLETE',
        { month, missing: missing.length, indicators: named },
        { status: 409 },
      );
    }
    // A month complete before pkp recorded completions gets its date now: reporting needs none, but
    // the history reads corrections against it.
    await recordCompletedMonths(tx, {
      ...yearKeyOf(assessment),
      catalog: ctx.catalog,
      py: ctx.py,
      months: [month],
      actor: editor.username,
      at,
      cause: { reported: true },
    });
    const due = dueDateOf(month);
    const report = await tx.recordMonthReported({
      assessmentId: assessment.id,
      month,
      at,
      actor: editor.username,
      about: { due, onTime: day <= due },
    });
    return report.recorded;
  });
  const ctx = await loadYear(deps.repos, unit, year, { rubrics: false });
  const status = monthStatusOf(ctx, today(deps.clock), await reportsOf(deps.repos, ctx)).find(
    (s) => s.month === month,
  );
  if (!status) throw new Error(`reported ${unit.code} ${month} but cannot read it back`);
  return { month: status, recorded };
}
