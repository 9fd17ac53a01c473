// Builders for the Pati annex: one call per printed row, so each table file reads like the decree.
import type {
  CatalogCluster,
  CatalogGroup,
  CatalogIndicator,
  CatalogNode,
  ClusterId,
  Direction,
  GroupPrinted,
  IndicatorKind,
  NothingToCount,
  Rubric,
  RubricBand,
  Target,
} from '../types.ts';
import { parseNumericTarget, readPrintedTarget } from '../printed-target.ts';

/** Per-row extras: `note` becomes the row's `interpretation` (docs/catalog-notes.md is written from it). */
export interface RowOptions {
  note?: string;
  /** A `ratio` row's reading of a period whose Σ denominators is 0, where it differs from its builder's. */
  nothingToCount?: NothingToCount;
  /** The row of another table that counts the very same thing: its months are entered there, once. */
  sameAs?: string;
  /** The printed target is the district's, shared out among its Puskesmas by Dinkes. */
  targetScope?: 'district';
  /** What a Puskesmas must have for the row to apply (a laboratory). */
  requires?: string[];
}

/**
 * The target of a service row, read as `readPrintedTarget` reads it. Anything it cannot read is a
 * transcription error and throws when the catalog module loads.
 */
export function target(printed: string, direction: Direction): Target {
  const read = readPrintedTarget(printed, direction);
  if (!read) throw new Error(`Unreadable target "${printed}"`);
  return read;
}

interface Shape {
  kind: IndicatorKind;
  direction: Direction;
  entry: CatalogIndicator['entry'];
  per?: number;
  scale?: number;
  target?: Target;
  nothingToCount?: NothingToCount;
  cadence?: 'weekly';
}

function row(
  shape: Shape,
  code: string,
  number: string,
  name: string,
  unit: string,
  printedTarget: string,
  sasaran: string,
  options: RowOptions = {},
): CatalogIndicator {
  const { target: fixedTarget, ...rest } = shape;
  return {
    type: 'indicator',
    code,
    number,
    name,
    unit,
    ...rest,
    ...(options.nothingToCount === undefined ? {} : { nothingToCount: options.nothingToCount }),
    target: fixedTarget ?? target(printedTarget, shape.direction),
    sasaran,
    appliesTo: 'all',
    optional: false,
    ...(options.sameAs === undefined ? {} : { sameAs: options.sameAs }),
    ...(options.targetScope === undefined ? {} : { targetScope: options.targetScope }),
    ...(options.requires === undefined ? {} : { requires: options.requires }),
    ...(options.note === undefined ? {} : { interpretation: options.note }),
  };
}

/** The printed columns of a service row: code, No, name, Satuan, Target, Sasaran, then options. */
type RowArgs = [
  code: string,
  number: string,
  name: string,
  unit: string,
  printedTarget: string,
  sasaran: string,
  options?: RowOptions,
];

/** Higher-is-better % of a sasaran known at the start of the year: monthly numerator, annual denominator. */
export const coverage = (...a: RowArgs): CatalogIndicator =>
  row({ kind: 'coverage', direction: 'higher', entry: 'count' }, ...a);

/**
 * Higher-is-better % of places or households that hold a status (a village with STBM, an active
 * posyandu, a family with a healthy house): each month the officer enters how many hold it now, and the
 * latest month counts. Summing such a stock over twelve months would count every village twelve times.
 */
export const coverageOfStock = (...a: RowArgs): CatalogIndicator =>
  row({ kind: 'coverage', direction: 'higher', entry: 'level' }, ...a);

/**
 * Higher-is-better % whose denominator arises during the year (cases, patients, reports): both entered
 * monthly. A year whose Σ denominators is 0 is a coverage of an empty sasaran: excluded, as a zero
 * sasaran is (`nothingToCount: 'exclude'`).
 */
export const coverageOfEvents = (...a: RowArgs): CatalogIndicator =>
  row({ kind: 'coverage', direction: 'higher', entry: 'ratio', scale: 100, nothingToCount: 'exclude' }, ...a);

/**
 * Lower-is-better percentage from monthly numerator and denominator (prevalences, death %, referral
 * ratios). A year whose Σ denominators is 0 is missing (`nothingToCount: 'missing'`: nobody examined)
 * unless the row says it counts events a year may not have (`{ nothingToCount: 'exclude' }`: deaths
 * among cases, referrals among deliveries).
 */
export const lowerPercent = (...a: RowArgs): CatalogIndicator =>
  row({ kind: 'value', direction: 'lower', entry: 'ratio', scale: 100, nothingToCount: 'missing' }, ...a);

/** Events per `per` of the sasaran (births, population): monthly counts against the annual sasaran. */
export const rate = (per: 1000 | 100000, direction: Direction, ...a: RowArgs): CatalogIndicator =>
  row({ kind: 'rate', direction, per, entry: 'count' }, ...a);

/**
 * A plain value from monthly numerator and denominator × `scale` (BOR %, LOS days, mean hours). A year
 * whose Σ denominators is 0 is missing unless the row says otherwise, as for `lowerPercent`.
 */
export const valueOfRatio = (direction: Direction, scale: number, ...a: RowArgs): CatalogIndicator =>
  row({ kind: 'value', direction, entry: 'ratio', scale, nothingToCount: 'missing' }, ...a);

/** A count summed over the months (cases found, practitioners coached, "kali"), higher is better. */
export const amount = (...a: RowArgs): CatalogIndicator =>
  row({ kind: 'value', direction: 'higher', entry: 'amount' }, ...a);

/** Ya/tidak, Ada/tidak: the latest monthly answer. */
export const yesno = (...a: RowArgs): CatalogIndicator =>
  row({ kind: 'yesno', direction: 'higher', entry: 'yesno' }, ...a);

/** A report due by the 5th ("Maks tgl 5"): the share of months on time against 100 %. */
export const ontimeReport = (...a: RowArgs): CatalogIndicator =>
  row(
    {
      kind: 'ontime',
      direction: 'higher',
      entry: 'ontime',
      target: { printed: a[4], value: 100, comparator: '>=' },
    },
    ...a,
  );

/**
 * A weekly report (W2): per month, the weeks whose report was on time, against the weeks due; 100 %.
 */
export const weeklyReport = (...a: RowArgs): CatalogIndicator =>
  row(
    {
      kind: 'ontime',
      direction: 'higher',
      entry: 'count',
      cadence: 'weekly',
      target: { printed: a[4], value: 100, comparator: '>=' },
    },
    ...a,
  );

/**
 * Events handled in time out of events (outbreaks handled < 24 h): monthly numerator and denominator.
 * A year without an event has nothing to count (`nothingToCount: 'exclude'`).
 */
export const ontimeEvents = (...a: RowArgs): CatalogIndicator =>
  row({ kind: 'ontime', direction: 'higher', entry: 'ratio', scale: 100, nothingToCount: 'exclude' }, ...a);

/** The four printed level texts of a Table 5 row, for 0, 4, 7 and 10 ('' where the cell is blank). */
export type LevelTexts = [l0: string, l4: string, l7: string, l10: string];

export interface RubricOptions extends RowOptions {
  /** Percentage items: the printed bands (omit for the default bands). */
  bands?: RubricBand[];
  /** Percentage items banded by the default bands (INM). */
  percent?: boolean;
  /** The printed formula (INM). */
  definition?: string;
  /** The figure must rise above last year's ("Peningkatan …"). */
  mustRise?: boolean;
}

/** A Table 5 row: entered once a year as a level 0/4/7/10, or as a percentage banded into one. */
export function rubric(
  code: string,
  number: string,
  name: string,
  printedTarget: string,
  [l0, l4, l7, l10]: LevelTexts,
  options: RubricOptions = {},
): CatalogIndicator {
  const parsed = parseNumericTarget(printedTarget);
  const spec: Rubric = {
    target: printedTarget,
    levels: { 0: l0, 4: l4, 7: l7, 10: l10 },
    input: options.bands || options.percent ? 'percent' : 'level',
    ...(options.bands ? { bands: options.bands } : {}),
    ...(options.mustRise ? { mustRise: true } : {}),
    ...(options.definition === undefined ? {} : { definition: options.definition }),
  };
  return {
    type: 'indicator',
    code,
    number,
    name,
    unit: '',
    kind: 'rubric',
    direction: 'higher',
    target: { printed: printedTarget, value: parsed?.value ?? null, comparator: parsed?.comparator ?? '>=' },
    sasaran: '',
    entry: 'annual',
    appliesTo: 'all',
    optional: false,
    rubric: spec,
    ...(options.note === undefined ? {} : { interpretation: options.note }),
  };
}

/** A group; `printed` where the decree prints Satuan, Target and Sasaran on the group's own row. */
export function group(
  code: string,
  number: string,
  name: string,
  children: CatalogNode[],
  printed?: GroupPrinted,
): CatalogGroup {
  return { type: 'group', code, number, name, ...(printed && { printed }), children };
}

export function cluster(
  id: ClusterId,
  table: CatalogCluster['table'],
  code: string,
  number: string,
  name: string,
  children: CatalogNode[],
): CatalogCluster {
  return { type: 'group', cluster: id, table, code, number, name, children };
}

function mapIndicators(node: CatalogNode, f: (i: CatalogIndicator) => CatalogIndicator): CatalogNode {
  return node.type === 'indicator'
    ? f(node)
    : { ...node, children: node.children.map((c) => mapIndicators(c, f)) };
}

/** Every indicator below: scored only where the Puskesmas chose the service (UKM Pengembangan). */
export const optionalService = (nodes: CatalogNode[]): CatalogNode[] =>
  nodes.map((n) => mapIndicators(n, (i) => ({ ...i, optional: true })));

/** Every indicator below: applies only to a Puskesmas with beds (rawat inap). */
export const rawatInapOnly = (nodes: CatalogNode[]): CatalogNode[] =>
  nodes.map((n) => mapIndicators(n, (i) => ({ ...i, appliesTo: 'rawat-inap' })));
