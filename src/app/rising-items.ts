// Items that must rise above last year's figure (`Rubric.mustRise`, Table 5 B2 1 "Peningkatan Indeks
// Keluarga Sehat"): where last year's figure comes from, and keeping this year's copy of it true when
// last year's changes (docs/scoring-decisions.md rule 111).
//
// The figure is copied into this year's row (`previous`) rather than read across years at scoring
// time, so every path that scores a stored year (the save, the recap, `pkp check`, the verifier's
// view) reads it from the year's own rows; this module is what keeps the copy equal to last year's.
import type { Catalog, CatalogIndicator } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { statusesBefore } from '../domain/assessment/status.ts';
import type { Clock, Repositories } from './ports.ts';
import type { YearReader } from './puskesmas-year.ts';
import { refreshAfterChange } from './refresh-result.ts';
import { yearKeyOf } from './year-key.ts';

type LastYearReader = Pick<YearReader, 'findAssessment' | 'listRubricScoreRecords'>;

/**
 * Last year's figure of `indicator` as the system holds it: last year's row (its `previousCode`, else
 * the same code) as verified — Dinkes' correction where it made one, else the Puskesmas' own. Null when
 * last year is not in the system or has no figure there: the Puskesmas then gives it.
 */
export async function lastYearFigure(
  repos: LastYearReader,
  puskesmasCode: string,
  year: number,
  indicator: CatalogIndicator,
): Promise<number | null> {
  const last = await repos.findAssessment(puskesmasCode, year - 1);
  if (!last) return null;
  const code = indicator.previousCode ?? indicator.code;
  const of = async (stage: 'self' | 'verified') =>
    (await repos.listRubricScoreRecords(yearKeyOf(last), stage)).find((r) => r.indicatorCode === code);
  const corrected = await of('verified');
  if (corrected) return corrected.percent;
  return (await of('self'))?.percent ?? null;
}

/** `lastYearFigure` of every item of `catalog` that must rise, by code. */
export async function lastYearFigures(
  repos: LastYearReader,
  puskesmasCode: string,
  year: number,
  catalog: Catalog,
): Promise<Map<string, number | null>> {
  const figures = new Map<string, number | null>();
  for (const { indicator } of listIndicators(catalog))
    if (indicator.rubric?.mustRise)
      figures.set(indicator.code, await lastYearFigure(repos, puskesmasCode, year, indicator));
  return figures;
}

/**
 * After a figure of `code` in year `year` changed (the Puskesmas' or Dinkes'): next year's rows that
 * rise above it take the new figure, and next year is rescored — in the caller's transaction, under
 * next year's lock (taken after this year's, the one order every such write follows). A final or
 * published next year is locked like any other change and keeps what it was scored on.
 */
export async function refreshNextYearRise(
  repos: Repositories,
  input: { puskesmasCode: string; year: number; code: string; actor: string; at: Date; clock: Clock },
): Promise<void> {
  const { puskesmasCode, year, code } = input;
  const next = await repos.findAssessment(puskesmasCode, year + 1);
  if (!next) return;
  const { catalog } = await repos.loadAssessmentCatalog(next.id);
  const rising = listIndicators(catalog)
    .map((p) => p.indicator)
    .filter((i) => i.rubric?.mustRise && (i.previousCode ?? i.code) === code);
  if (rising.length === 0) return;
  const locked = await repos.lockAssessment(next.id);
  if (!statusesBefore('final').includes(locked.status)) return;
  const rows = await repos.listRubricScoreRecords(yearKeyOf(next), 'self');
  let changed = false;
  for (const indicator of rising) {
    // A row not entered yet takes the figure when it is (rubric.service.ts).
    const row = rows.find((r) => r.indicatorCode === indicator.code);
    if (!row) continue;
    const figure = await lastYearFigure(repos, puskesmasCode, year + 1, indicator);
    if ((row.previous ?? null) === figure) continue;
    await repos.saveRubricScore({
      ...yearKeyOf(next),
      indicatorCode: indicator.code,
      stage: 'self',
      level: row.level,
      percent: row.percent,
      previous: figure,
      note: row.note,
      expectedVersion: row.version,
      actor: input.actor,
      reason: `Angka ${year} berubah`,
      at: input.at,
    });
    changed = true;
  }
  if (changed) await refreshAfterChange(repos, yearKeyOf(next), 'self', input.clock);
}
