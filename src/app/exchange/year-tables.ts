// Tables 1–5 of a Puskesmas-year as the decree prints them, as plain data: one table per cluster, its
// programme and variable rows, and per indicator the target, sasaran, target sasaran, what was
// achieved, the coverage, the score, the variable's and programme's scores, and the team's problem,
// causes and RTL (Bab V–VI). The Excel export and the report (Bab III/IV) both print from this, so the
// figures of the two are the same figures.
import type { Stage } from '../../domain/assessment/inputs.ts';
import type { AssessmentStatus } from '../../domain/assessment/status.ts';
import { notApplicableReason } from '../../domain/assessment/build-trees.ts';
import type {
  CatalogCluster,
  CatalogGroup,
  CatalogIndicator,
  CatalogNode,
  ClusterId,
  GroupPrinted,
  RubricLevel,
} from '../../domain/catalog/types.ts';
import { CAUSE_HEADINGS } from '../../domain/improvement/causes.ts';
import type { Category, Kelompok } from '../../domain/scoring/classify.ts';
import type { ExclusionReason, ExplanationValue } from '../../domain/scoring/explanation.ts';
import type { NodeResult } from '../../domain/scoring/tree.ts';
import { AppError } from '../../shared/errors.ts';
import { getAnalysis, type AnalysisReader } from '../analysis.service.ts';
import type { ResultsReader, ScoringRepository } from '../ports.ts';
import { puskesmasScore } from '../puskesmas-score.ts';
import { loadYear, type PuskesmasUnit, type YearContext } from '../puskesmas-year.ts';

/** How a table is laid out: the service tables (1–4) per indicator, or Table 5's rubric items. */
export type TableLayout = 'service' | 'rubric';

export interface YearTables {
  puskesmas: { code: string; name: string; rawatInap: boolean };
  year: number;
  /** Whose figures: the Puskesmas' own ('self'), or with Dinkes' corrections laid over them ('verified'). */
  stage: Stage;
  /** The year's status; null before the year is opened. */
  status: AssessmentStatus | null;
  /** The catalog's source ("SK Kepala Dinas Kesehatan Kabupaten Pati Nomor …"). */
  catalogSource: string;
  /** When the stage's stored result was computed; null when there is none (every score is then null). */
  computedAt: Date | null;
  /** The three axes and categories of the stored result; null when there is none. */
  headline: YearHeadline | null;
  /** In the decree's order: SPM, UKM esensial, UKM pengembangan, UKP, manajemen, mutu. */
  tables: YearTable[];
}

export interface YearHeadline {
  service: number | null;
  management: number | null;
  quality: number | null;
  serviceCategory: Category | null;
  managementCategory: Category | null;
  qualityCategory: Category | null;
  overallCategory: Category | null;
  kelompok: Kelompok | null;
}

export interface YearTable {
  cluster: ClusterId;
  /** The annex table (1–5; manajemen and mutu are both Table 5). */
  table: 1 | 2 | 3 | 4 | 5;
  code: string;
  /** The cluster's heading as the decree prints it. */
  name: string;
  layout: TableLayout;
  /** The cluster's score (service: 0–100 %, Table 5: 0–10); null when not scored. */
  score: number | null;
  /** Group and indicator rows in document order (a group comes before what it holds). */
  rows: TableRow[];
}

export type TableRow = GroupRow | IndicatorRow | RubricRow;

/** What the row's stored result says: the score (full precision) and why there is none. */
interface Scored {
  /** Full precision; % for a service row (the "% capaian"), 0–10 for a Table 5 row; null when excluded. */
  score: number | null;
  /** Why it is not scored (not applicable, missing, no sasaran…); null when scored. */
  excluded: ExclusionReason | null;
}

/** A programme, variable or sub-variable heading, with the average of what it holds. */
export interface GroupRow extends Scored {
  type: 'group';
  code: string;
  number: string;
  name: string;
  /** 1: programme (the cluster's child), 2: variable, 3 and deeper: sub-variable. */
  depth: number;
  /** Its weight among its siblings (district setting), 1 when unset. */
  weight: number;
  /** Satuan, Target and Sasaran where the decree prints them on the heading itself (F1 7, A5 6). */
  printed: GroupPrinted | null;
}

interface LeafRow extends Scored {
  code: string;
  /** As printed ("3)", "a."). */
  number: string;
  name: string;
  /** Depth below the cluster: 1 when directly under it (SPM), 2 under a programme… */
  depth: number;
  /** The groups above the row, from the programme down (codes); empty for SPM. */
  path: string[];
  programmeCode: string | null;
  variableCode: string | null;
  /** The averages printed beside each indicator: its variable's and its programme's scores. */
  variableScore: number | null;
  programmeScore: number | null;
  applicable: boolean;
  /** The team's problem (Bab V) for it; null when none is written. */
  problem: string | null;
  /** Its causes under each fishbone heading, one line each ("Manusia: …"); empty when none. */
  causes: string[];
  /** The RTL actions (Bab VI) for it, one line each; empty when none. */
  rtl: string[];
}

/** An indicator of Tables 1–4. */
export interface IndicatorRow extends LeafRow {
  type: 'indicator';
  unit: string;
  kind: CatalogIndicator['kind'];
  /** The target as printed, and the number scored against (Dinkes' override, else the decree's). */
  target: { printed: string; value: number | null };
  /** What the sasaran column names ("Ibu hamil"). */
  sasaranLabel: string;
  /** S: the year's target population; null when not set or not used by the kind. */
  sasaran: number | null;
  /** TS: the absolute target (Dinkes' figure, else T % × S); null when none. */
  targetSasaran: number | null;
  /** P: what was achieved (a count, a value; ya/tidak as a boolean; on-time reports); null when missing. */
  achieved: number | boolean | null;
  /** What is compared with the target: coverage % (P/S), the rate per N, the on-time share %, or the value itself. */
  realised: number | null;
  /** Whether the target is met (as the result says); null when not compared. */
  met: boolean | null;
}

/** A management or quality item of Table 5. */
export interface RubricRow extends LeafRow {
  type: 'item';
  /** The target column as printed ("Setiap bulan", "≥ 97 %"). */
  target: string;
  /** The level texts for 0, 4, 7 and 10 as printed. */
  levels: Record<RubricLevel, string>;
  input: 'level' | 'percent';
  /** The percentage entered (percentage items); null otherwise or when none. */
  percent: number | null;
  /** The level given or banded from the percentage ("Nilai hasil"); null when none. */
  level: RubricLevel | null;
}

export type YearTablesReader = AnalysisReader & ResultsReader & Pick<ScoringRepository, 'loadScoringInputs'>;

/**
 * The tables of a Puskesmas-year at `stage`: catalog, targets and values of that stage, every node's
 * stored score, and Bab V–VI's problems and actions. A year without a stored result (or without a
 * verified one, asked for 'verified') reads with every score null and `computedAt` null.
 */
export async function yearTables(
  repos: YearTablesReader,
  unit: PuskesmasUnit,
  year: number,
  stage: Stage,
  options: { analysis?: boolean; now?: Date } = {},
): Promise<YearTables> {
  const ctx = await loadYear(repos, unit, year, { stage });
  const score = ctx.assessment ? await storedScore(repos, unit.code, year, stage) : null;
  const nodes = score?.nodes ?? {};
  const improvement =
    options.analysis === false || !ctx.assessment
      ? emptyImprovement()
      : await improvementOf(repos, unit, year, options.now ?? new Date());
  const result = score?.result;
  return {
    puskesmas: { code: unit.code, name: unit.name, rawatInap: ctx.unit.rawatInap },
    year,
    stage,
    status: ctx.assessment?.status ?? null,
    catalogSource: ctx.catalog.source,
    computedAt: result?.computedAt ?? null,
    headline: result
      ? {
          service: result.service,
          management: result.management,
          quality: result.quality,
          serviceCategory: result.serviceCategory,
          managementCategory: result.managementCategory,
          qualityCategory: result.qualityCategory,
          overallCategory: result.overallCategory,
          kelompok: result.kelompok,
        }
      : null,
    tables: ctx.catalog.clusters.map((cluster) => tableOf(cluster, ctx, nodes, improvement)),
  };
}

async function storedScore(repos: YearTablesReader, code: string, year: number, stage: Stage) {
  try {
    return await puskesmasScore(repos, code, year, stage);
  } catch (error) {
    if (error instanceof AppError && error.code === 'RESULT_NOT_FOUND') return null;
    throw error;
  }
}

interface Improvement {
  problems: Map<string, { problem: string; causes: string[] }>;
  actions: Map<string, string[]>;
}

function emptyImprovement(): Improvement {
  return { problems: new Map(), actions: new Map() };
}

const CAUSE_WORDS: Record<(typeof CAUSE_HEADINGS)[number], string> = {
  manusia: 'Manusia',
  metode: 'Metode',
  material: 'Material',
  mesin: 'Mesin',
  dana: 'Dana',
  lingkungan: 'Lingkungan',
};

async function improvementOf(
  repos: AnalysisReader,
  unit: PuskesmasUnit,
  year: number,
  now: Date,
): Promise<Improvement> {
  const analysis = await getAnalysis(repos, { unit, year, now });
  const out = emptyImprovement();
  for (const p of analysis.problems) {
    const causes = CAUSE_HEADINGS.flatMap((h) => p.causes[h].map((c) => `${CAUSE_WORDS[h]}: ${c}`));
    out.problems.set(p.indicator.code, { problem: p.problem, causes });
  }
  for (const a of analysis.actions) {
    const line = `${a.action}${a.dueOn ? ` (s.d. ${a.dueOn})` : ''}`;
    out.actions.set(a.indicator.code, [...(out.actions.get(a.indicator.code) ?? []), line]);
  }
  return out;
}

function scored(node: NodeResult | undefined): Scored {
  if (!node) return { score: null, excluded: null };
  return { score: node.score, excluded: node.explanation.excluded ?? null };
}

const num = (v: ExplanationValue | undefined): number | null => (typeof v === 'number' ? v : null);

function tableOf(
  cluster: CatalogCluster,
  ctx: YearContext,
  nodes: Record<string, NodeResult>,
  improvement: Improvement,
): YearTable {
  const layout: TableLayout = cluster.table === 5 ? 'rubric' : 'service';
  const targets = new Map(ctx.targets.map((t) => [t.indicatorCode, t]));
  const rubrics = new Map(ctx.rubrics.map((r) => [r.indicatorCode, r]));
  const rows: TableRow[] = [];
  const visit = (node: CatalogNode, path: CatalogGroup[]): void => {
    // Counted from the cluster: its child (a programme, or an SPM indicator) is at depth 1.
    const depth = path.length + 1;
    if (node.type === 'group') {
      rows.push({
        type: 'group',
        code: node.code,
        number: node.number,
        name: node.name,
        depth,
        weight: node.weight ?? 1,
        printed: node.printed ?? null,
        ...scored(nodes[node.code]),
      });
      for (const child of node.children) visit(child, [...path, node]);
      return;
    }
    const programme = path[0] ?? null;
    const variable = path[1] ?? null;
    const written = improvement.problems.get(node.code);
    const leaf: LeafRow = {
      code: node.code,
      number: node.number,
      name: node.name,
      depth,
      path: path.map((g) => g.code),
      programmeCode: programme?.code ?? null,
      variableCode: variable?.code ?? null,
      variableScore: variable ? (nodes[variable.code]?.score ?? null) : null,
      programmeScore: programme ? (nodes[programme.code]?.score ?? null) : null,
      applicable: notApplicableReason(node, ctx.py) === null,
      problem: written?.problem ?? null,
      causes: written?.causes ?? [],
      rtl: improvement.actions.get(node.code) ?? [],
      ...scored(nodes[node.code]),
    };
    if (layout === 'rubric') {
      const stored = rubrics.get(node.code);
      const explanation = nodes[node.code]?.explanation;
      const level = num(explanation?.inputs.level) ?? explanation?.derived.level ?? stored?.level ?? null;
      rows.push({
        ...leaf,
        type: 'item',
        target: node.rubric?.target ?? node.target.printed,
        levels: node.rubric?.levels ?? { 0: '', 4: '', 7: '', 10: '' },
        input: node.rubric?.input ?? 'level',
        percent: stored?.percent ?? null,
        level: level as RubricLevel | null,
      });
      return;
    }
    rows.push({ ...leaf, type: 'indicator', ...serviceFigures(node, targets.get(node.code), nodes) });
  };
  for (const child of cluster.children) visit(child, []);
  return {
    cluster: cluster.cluster,
    table: cluster.table,
    code: cluster.code,
    name: cluster.name,
    layout,
    score: nodes[cluster.code]?.score ?? null,
    rows,
  };
}

type ServiceFigures = Pick<
  IndicatorRow,
  'unit' | 'kind' | 'target' | 'sasaranLabel' | 'sasaran' | 'targetSasaran' | 'achieved' | 'realised' | 'met'
>;

/** The figures of a service row, read from its stored explanation; the stored target row where the explanation is silent. */
function serviceFigures(
  indicator: CatalogIndicator,
  stored: YearContext['targets'][number] | undefined,
  nodes: Record<string, NodeResult>,
): ServiceFigures {
  const explanation = nodes[indicator.code]?.explanation;
  const inputs = explanation?.inputs ?? {};
  const derived = explanation?.derived ?? {};
  const achievedInput = indicator.kind === 'ontime' ? inputs.onTime : inputs.achieved;
  const achieved =
    typeof achievedInput === 'number' || typeof achievedInput === 'boolean' ? achievedInput : null;
  const realised =
    derived.coverage ??
    derived.rate ??
    derived.share ??
    (indicator.kind === 'value' || indicator.kind === 'range' ? num(inputs.achieved) : null);
  return {
    unit: indicator.unit,
    kind: indicator.kind,
    target: {
      printed: indicator.target.printed,
      value: stored?.targetValue ?? indicator.target.value,
    },
    sasaranLabel: indicator.sasaran,
    sasaran: num(inputs.sasaran) ?? stored?.sasaran ?? null,
    targetSasaran: derived.targetSasaran ?? num(inputs.targetSasaran) ?? stored?.targetSasaran ?? null,
    achieved,
    realised,
    met: explanation?.met ?? null,
  };
}
