// FHIR R4, in the manner of IHE mADX: the catalog as Measure resources (one per indicator) and each
// Puskesmas-year as MeasureReports (one per indicator: type summary, the Puskesmas as reporter, the
// counts the indicator has as populations, its stored score as the measure score), all in a Bundle of
// type collection. Export only: pkp does not import FHIR (docs/exchange.md).
import { createHash } from 'node:crypto';
import type { DistrictYearData, PuskesmasYearData } from '../../app/exchange/year-data.ts';
import { isSubmitted } from '../../domain/assessment/status.ts';
import type { Catalog, CatalogIndicator } from '../../domain/catalog/types.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';

/** The identifier system of a Puskesmas code (the org unit code pkp and the other formats use). */
export const PUSKESMAS_SYSTEM = 'urn:pkp:puskesmas';
/** The identifier system of an indicator code within its catalog. */
export const INDICATOR_SYSTEM = 'urn:pkp:indicator';

const SCORING = 'http://terminology.hl7.org/CodeSystem/measure-scoring';
const POPULATION = 'http://terminology.hl7.org/CodeSystem/measure-population';
const IMPROVEMENT = 'http://terminology.hl7.org/CodeSystem/measure-improvement-notation';

/** The canonical URL of an indicator's Measure: `urn:pkp:measure:{catalog id}:{indicator code}`. */
export function measureUrl(catalog: Pick<Catalog, 'id'>, code: string): string {
  return `urn:pkp:measure:${catalog.id}:${code}`;
}

/** A FHIR id: letters, digits, '-' and '.', at most 64. */
function fhirId(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9.-]/g, '-');
  if (clean.length <= 64) return clean;
  return `${clean.slice(0, 47)}-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
}

/** A stable urn:uuid for a bundle entry, from what the resource is. */
function entryUrl(key: string): string {
  const h = createHash('sha1').update(key).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type Scoring = 'proportion' | 'ratio' | 'continuous-variable';

function scoringOf(indicator: CatalogIndicator): Scoring {
  if (indicator.entry === 'amount' || indicator.entry === 'level' || indicator.entry === 'annual')
    return 'continuous-variable';
  return indicator.kind === 'rate' ? 'ratio' : 'proportion';
}

function concept(system: string, code: string, display?: string) {
  return { coding: [{ system, code, ...(display !== undefined && { display }) }] };
}

/**
 * A population's criteria: pkp describes them in words (the first of the catalog's words that is not
 * empty: FHIR allows no empty string); the expression only names the population.
 */
function criteria(name: string, ...words: (string | undefined)[]) {
  const description = words.find((w) => w !== undefined && w.trim() !== '') ?? name;
  return { description, language: 'text/cql', expression: name };
}

export function measureOf(catalog: Catalog, indicator: CatalogIndicator): Record<string, unknown> {
  const scoring = scoringOf(indicator);
  const counted = indicator.counts;
  const population =
    scoring === 'continuous-variable'
      ? [
          {
            code: concept(POPULATION, 'measure-population'),
            criteria: criteria('MeasurePopulation', counted?.numerator, indicator.sasaran, indicator.name),
          },
        ]
      : [
          {
            code: concept(POPULATION, 'numerator'),
            criteria: criteria('Numerator', counted?.numerator, indicator.name),
          },
          {
            code: concept(POPULATION, 'denominator'),
            criteria: criteria('Denominator', counted?.denominator, indicator.sasaran, indicator.name),
          },
        ];
  return {
    resourceType: 'Measure',
    id: fhirId(`${catalog.id}-${indicator.code}`),
    url: measureUrl(catalog, indicator.code),
    identifier: [{ system: INDICATOR_SYSTEM, value: indicator.code }],
    version: catalog.id,
    name: `PKP_${indicator.code.replace(/[^A-Za-z0-9]/g, '_')}`,
    title: indicator.name,
    status: 'active',
    ...(catalog.source && { publisher: catalog.source }),
    scoring: concept(SCORING, scoring),
    improvementNotation: concept(IMPROVEMENT, indicator.direction === 'higher' ? 'increase' : 'decrease'),
    ...(indicator.unit && { description: `Satuan: ${indicator.unit}` }),
    group: [{ population }],
  };
}

/** The counts of the year the indicator has, where they are whole (FHIR counts are integers). */
function populations(
  indicator: CatalogIndicator,
  data: PuskesmasYearData,
): { code: string; count: number }[] {
  const months = data.monthly.filter((m) => m.indicatorCode === indicator.code);
  if (months.length === 0) return [];
  const sum = (f: 'numerator' | 'denominator') => months.reduce((s, m) => s + (m[f] ?? 0), 0);
  const out: { code: string; count: number }[] = [];
  switch (indicator.entry) {
    case 'count': {
      out.push({ code: 'numerator', count: sum('numerator') });
      const sasaran = data.targets.find((t) => t.indicatorCode === indicator.code)?.sasaran;
      if (sasaran != null) out.push({ code: 'denominator', count: sasaran });
      break;
    }
    case 'ratio':
      out.push(
        { code: 'numerator', count: sum('numerator') },
        { code: 'denominator', count: sum('denominator') },
      );
      break;
    case 'yesno':
    case 'ontime': {
      const answered = months.filter((m) => m.flag !== null);
      out.push(
        { code: 'numerator', count: answered.filter((m) => m.flag === true).length },
        { code: 'denominator', count: answered.length },
      );
      break;
    }
    default:
      break;
  }
  return out.filter((p) => Number.isInteger(p.count));
}

export function measureReportOf(
  data: PuskesmasYearData,
  indicator: CatalogIndicator,
): Record<string, unknown> {
  const score = data.scores[indicator.code] ?? null;
  const counts = populations(indicator, data);
  const group = {
    ...(counts.length > 0 && {
      population: counts.map((p) => ({ code: concept(POPULATION, p.code), count: p.count })),
    }),
    ...(score !== null && { measureScore: { value: score, unit: 'skor 0–100' } }),
  };
  return {
    resourceType: 'MeasureReport',
    id: fhirId(`${data.puskesmas.code}-${data.year}-${indicator.code}`),
    // A draft year's figures may still change: its reports are pending until it is submitted.
    status: isSubmitted(data.status) ? 'complete' : 'pending',
    type: 'summary',
    measure: measureUrl(data.catalog, indicator.code),
    ...(data.result && { date: data.result.computedAt.toISOString() }),
    reporter: {
      identifier: { system: PUSKESMAS_SYSTEM, value: data.puskesmas.code },
      display: data.puskesmas.name,
    },
    period: { start: `${data.year}-01-01`, end: `${data.year}-12-31` },
    ...(Object.keys(group).length > 0 && { group: [group] }),
  };
}

/** The district-year as a Bundle (type collection): the Measures of its catalogs, then every MeasureReport. */
export function fhirBundleOf(data: DistrictYearData, options: { exported: Date }): Record<string, unknown> {
  const catalogs = new Map<string, Catalog>([[data.catalog.id, data.catalog]]);
  for (const p of data.puskesmas) if (!catalogs.has(p.catalog.id)) catalogs.set(p.catalog.id, p.catalog);
  const entry: { fullUrl: string; resource: Record<string, unknown> }[] = [];
  for (const catalog of catalogs.values())
    for (const { indicator } of listIndicators(catalog))
      entry.push({
        fullUrl: entryUrl(measureUrl(catalog, indicator.code)),
        resource: measureOf(catalog, indicator),
      });
  for (const p of data.puskesmas)
    for (const { indicator } of listIndicators(p.catalog))
      entry.push({
        fullUrl: entryUrl(`report:${p.puskesmas.code}:${p.year}:${data.stage}:${indicator.code}`),
        resource: measureReportOf(p, indicator),
      });
  return {
    resourceType: 'Bundle',
    id: fhirId(`pkp-${data.district.code}-${data.year}-${data.stage}`),
    type: 'collection',
    timestamp: options.exported.toISOString(),
    entry,
  };
}
