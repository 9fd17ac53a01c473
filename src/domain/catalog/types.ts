// The indicator catalog as data: a tree cluster → programme → variable (→ sub-variable) → indicator.

/** How an indicator is scored (docs/scoring.md#kinds). */
export type IndicatorKind = 'coverage' | 'rate' | 'value' | 'range' | 'yesno' | 'ontime' | 'rubric';

/** Whether more is better. `lower` marks the decree's "negative" indicators (referral ratio, stunting). */
export type Direction = 'higher' | 'lower';

/** The six clusters of the Pati annex; the first four make the service axis. */
export type ClusterId = 'spm' | 'ukm-esensial' | 'ukm-pengembangan' | 'ukp' | 'manajemen' | 'mutu';

export type Axis = 'service' | 'management' | 'quality';

export const CLUSTER_AXIS: Record<ClusterId, Axis> = {
  spm: 'service',
  'ukm-esensial': 'service',
  'ukm-pengembangan': 'service',
  ukp: 'service',
  manajemen: 'management',
  mutu: 'quality',
};

/**
 * How the monthly entries of an indicator become its realised value for the year.
 * - `count`: one count per month (the numerator P); P is summed, the annual sasaran S is the denominator.
 * - `ratio`: a numerator and a denominator per month; R = Σ numerator / Σ denominator × `scale`.
 * - `amount`: one number per month, summed (visits, activities, "kali").
 * - `level`: one number per month, the latest entered counts (an index, a prevalence from a survey).
 * - `yesno`: ya/tidak per month, the latest answer counts.
 * - `ontime`: per month, whether the report was on time (by the 5th).
 * - `annual`: entered once for the year (management and quality rubrics).
 */
export type EntryShape = 'count' | 'ratio' | 'amount' | 'level' | 'yesno' | 'ontime' | 'annual';

export type Comparator = '>=' | '<=' | '>' | '<' | '=';

/**
 * What a period with nothing to count scores (see `CatalogIndicator.nothingToCount`): `'exclude'` —
 * excluded with reason `nothing-to-count` (100 where the district's `zeroSasaran` is `"full"`);
 * `'missing'` — read as no value (excluded in a draft, 0 once the assessment is submitted).
 */
export type NothingToCount = 'exclude' | 'missing';

/** A target as the decree prints it, with the number the engine uses. */
export interface Target {
  /** Exactly as printed, e.g. "≤ 2 %", "< 24 Jam", "Maks tgl 5", "ya". Empty when the decree prints none. */
  printed: string;
  /** The numeric target; null when the decree gives none (the district must set one). */
  value: number | null;
  comparator: Comparator;
  /** For `range` indicators: the band. */
  min?: number;
  max?: number;
}

/** A percentage band of a rubric item: values ≥ `from` (and below the next band) get `level`. */
export interface RubricBand {
  from: number;
  level: RubricLevel;
  /** The band starts strictly above `from` (JKN: "Tidak memiliki peserta" is exactly 0 %, level 0). */
  exclusive?: boolean;
}

export type RubricLevel = 0 | 4 | 7 | 10;
export const RUBRIC_LEVELS: readonly RubricLevel[] = [0, 4, 7, 10];

export interface Rubric {
  /** The target column of Table 5, as printed ("Setiap bulan", "≥ 97 %"); empty when blank. */
  target: string;
  /** The level texts for 0, 4, 7 and 10, as printed; an empty string where the decree leaves the cell blank. */
  levels: Record<RubricLevel, string>;
  /** How the item is entered: a level chosen by reading the texts, or a percentage banded into a level. */
  input: 'level' | 'percent';
  /** For percentage items with printed bands of their own (ASPAK, SPA, JKN, IKM); otherwise the default bands. */
  bands?: RubricBand[];
  /**
   * The figure must rise above last year's figure of the same item to score at all (Table 5 B2 1
   * "Peningkatan Indeks Keluarga Sehat": level 0 is "Tetap/turun"): not above it → 0; above it → its
   * band. Last year's figure is the one the system holds for the row (through `previousCode`), else
   * the one the Puskesmas gives. Only for `input: 'percent'` (a figure to compare). Rule 111.
   */
  mustRise?: boolean;
  /** The formula printed for INM items (numerator ÷ denominator × 100 %). */
  definition?: string;
}

/**
 * What the figures of a monthly row count, in Indonesian as the decree's names are, so the person
 * entering them knows what to count: the decree prints a name, a unit and a sasaran, never the
 * numerator. `numerator` is the monthly figure (for a ya/tidak or on-time row: what "ya" or "tepat"
 * means); `denominator` is what a `ratio` row's monthly denominator counts, or — for a count or a
 * stock — the annual sasaran it is set against. Amounts, ya/tidak and on-time rows have none.
 */
export interface IndicatorCounts {
  numerator: string;
  denominator?: string;
}

export interface CatalogIndicator {
  type: 'indicator';
  /** Stable code inside the catalog, unique per version, e.g. "UKM-ESENSIAL.C1.A.3". */
  code: string;
  /** The row number as printed ("3)", "a.", "-"). */
  number: string;
  /** The name exactly as printed. */
  name: string;
  /** The unit column as printed ("%", "Per 100.000 kelahiran hidup", "Ya/tdk"). */
  unit: string;
  kind: IndicatorKind;
  direction: Direction;
  /** For `rate`: the N of "per N" (1000, 100000). */
  per?: number;
  target: Target;
  /** The target population (sasaran) column as printed. */
  sasaran: string;
  entry: EntryShape;
  /** For `ratio` entries: multiply Σnum/Σden by this (100 for a percentage, 1 for a plain ratio such as LOS). */
  scale?: number;
  /**
   * For `ratio` entries only: what the row scores over a period (the year, or the months to date)
   * whose Σ denominators is 0 although values were entered — no case, death, delivery, outbreak or
   * live birth to count. (A period in which no month has a value is always *missing*.)
   * - `'exclude'`: nothing to measure. The row is excluded with reason `nothing-to-count`, or scored
   *   100 where the district's `zeroSasaran` setting is `"full"`; never 0. A period with events is
   *   measured as usual (0 deaths of 12 cases → 100).
   * - `'missing'`: a denominator of 0 means the count was not made (nobody weighed, no patient
   *   recorded): the row is missing — excluded in a draft, 0 once the assessment is submitted.
   * Absent: `'exclude'` (the zero-sasaran rule). Ignored on other entry shapes: a coverage or rate
   * whose sasaran is set for the year follows `zeroSasaran` with reason `zero-sasaran`.
   * docs/scoring-decisions.md rule 5.
   */
  nothingToCount?: NothingToCount;
  /**
   * `'district'`: the printed target is the whole district's, not each Puskesmas' (Table 2 D1 6
   * "Penemuan kasus resistan obat", 45, sasaran "Kasus Komulatif kab"). Dinkes shares it out: each
   * Puskesmas is scored against its own share (the value of its target row), and the shares of all
   * Puskesmas sum to the printed total (`app/district-shares.service.ts`). A Puskesmas without a share
   * is excluded (`no-target`), never scored against the district's total. Only for an amount (a
   * `value` row, higher is better, summed monthly) with a numeric target (`catalogProblems`).
   * Absent: the printed target is each Puskesmas' own.
   */
  targetScope?: 'district';
  /**
   * `'weekly'`: a report made every week (W2, the weekly outbreak-alert report) rather than every
   * month. Entered per month as the number of its weeks reported on time (`kind` `ontime`, `entry`
   * `count`); scored as the weeks on time out of the weeks due — the weeks (Monday–Sunday) ending in
   * the months due (domain/periods/weeks.ts). Absent: monthly.
   */
  cadence?: 'weekly';
  /**
   * What a Puskesmas must have for the row to apply, in the district's words ("laboratorium",
   * "pertolongan persalinan"): where its profile of the year says it lacks one, the row is marked not
   * applicable ("Puskesmas tidak memiliki: laboratorium") instead of scoring 0 for a service it cannot
   * give (domain/assessment/capabilities.ts). Absent or empty: no such condition.
   */
  requires?: string[];
  /**
   * The crosswalk to last year's catalog: the code this row had there, where it changed (renumbered,
   * moved into another group, regrouped under the ILP clusters). Last year's figures of that row are
   * this row's last year (a rising item's comparison, the diff, the choices carried into a new year).
   * Absent: the same code.
   */
  previousCode?: string;
  /** `rawat-inap`: applies only to a Puskesmas with beds; excluded elsewhere. */
  appliesTo: 'all' | 'rawat-inap';
  /** UKM Pengembangan: scored only where the Puskesmas chose the service. */
  optional: boolean;
  /**
   * The code of the row in another table that counts the very same thing (same numerator, same
   * denominator): this row's monthly values are that row's, entered once there, so an officer never
   * types the same figures twice (an SPM service and its UKM Esensial twin). Its own target, sasaran
   * and comparator still apply. The twin is not itself linked and has the same entry shape
   * (`catalogProblems`); docs/catalog-notes.md names the Pati twins.
   */
  sameAs?: string;
  rubric?: Rubric;
  /** What a month's figures count, for the officer who enters them (monthly rows). */
  counts?: IndicatorCounts;
  /** Set when the decree is ambiguous or incomplete here; the note says how we read it (docs/catalog-notes.md). */
  interpretation?: string;
}

export interface CatalogGroup {
  type: 'group';
  /** Stable code, e.g. "UKM-ESENSIAL.C1". */
  code: string;
  /** The group's label as printed ("A1", "C1", "B."). */
  number: string;
  name: string;
  /**
   * The Satuan, Target and Sasaran columns where the decree prints them on the group's own row (Table
   * 2 F1 7: "%", "70", "Penderita PTM prioritas" above its nine "-" rows; Table 5 A5 6: "1 kali setahun"
   * above its letters a–f). Printed as the decree prints them; each row below is still scored against
   * its own target, and the group as the mean of its rows (docs/catalog-format.md "Group rows").
   */
  printed?: GroupPrinted;
  /** Relative weight among its siblings (district setting); 1 when absent. */
  weight?: number;
  children: CatalogNode[];
}

/** A group row's printed columns; an empty string where the decree leaves a cell blank. */
export interface GroupPrinted {
  unit: string;
  target: string;
  sasaran: string;
}

export type CatalogNode = CatalogGroup | CatalogIndicator;

/** The root groups, one per cluster, in the decree's order. */
export interface CatalogCluster extends CatalogGroup {
  cluster: ClusterId;
  /** The annex table it comes from (1–5). */
  table: 1 | 2 | 3 | 4 | 5;
}

export interface Catalog {
  /** e.g. "pati-2023". */
  id: string;
  year: number;
  /** Where it comes from, e.g. "SK Kepala Dinas Kesehatan Kabupaten Pati Nomor 800/0022". */
  source: string;
  clusters: CatalogCluster[];
  /**
   * Other groupings of the same rows beside the decree's tables (the ILP clusters), for dashboards
   * and, when named by `averagesBy`, for the averages above the rows. Every row sits in each grouping
   * exactly once (`catalogProblems`). docs/catalog-format.md "Groupings", rule 113.
   */
  groupings?: CatalogGrouping[];
  /**
   * The grouping whose groups the averages above the rows follow (the axes, the category, the
   * Kelompok); absent: the decree's tables. A row scores the same under any grouping.
   */
  averagesBy?: string;
}

/**
 * A second tree over the catalog's rows, any depth, any names: groups whose children are groups or
 * rows named by their code. A row keeps its place in the decree's tables (where it is entered, which
 * axis it counts on); a grouping only says which rows are averaged together.
 */
export interface CatalogGrouping {
  /** e.g. "ilp"; unique among the catalog's groupings. */
  id: string;
  name: string;
  groups: GroupingGroup[];
}

export interface GroupingGroup {
  type: 'group';
  /** Unique in the whole catalog (rows, the decree's groups and every grouping's groups). */
  code: string;
  number: string;
  name: string;
  weight?: number;
  children: GroupingNode[];
}

/** A row of the catalog placed in a grouping. */
export interface GroupingRow {
  type: 'row';
  code: string;
}

export type GroupingNode = GroupingGroup | GroupingRow;
