// The dashboards' shapes (zod), and the result pieces other screens share: the headline figures,
// the settings a result was scored with, and the engine's explanations.
import { z } from 'zod';
import type { ExclusionReason, Explanation, Rule } from '../../domain/scoring/explanation.ts';
import type { NodeResult } from '../../domain/scoring/tree.ts';
import { AssessmentStatus, MonthString, PuskesmasSummary, UnitRef, YearHeader } from './org-units.schema.ts';
import { PublicationSummary } from './workflow.schema.ts';

export const Category = z.enum(['Baik', 'Cukup', 'Kurang']);
export const Kelompok = z.enum(['I', 'II', 'III']);
export const ProgressColor = z.enum(['merah', 'kuning', 'hijau']);

const ExplanationValue = z.union([z.number(), z.boolean(), z.string(), z.null()]);

/** The engine's explanation of a score (domain/scoring/explanation.ts); shared/explanation-sentence.ts says it in one sentence. */
export const ExplanationView = z.object({
  // The rule and exclusion vocabularies are the engine's; the server only ever sends those.
  rule: z.string() as unknown as z.ZodType<Rule>,
  inputs: z.record(z.string(), ExplanationValue),
  derived: z.record(z.string(), z.number()),
  capped: z.boolean(),
  excluded: (z.string() as unknown as z.ZodType<ExclusionReason>).optional(),
  /** Whether the target is met by its comparator (a strict "< 20" is not met at 20). */
  met: z.boolean().optional(),
  comparison: z
    .object({
      comparator: z.enum(['>=', '<=', '>', '<', '=']),
      target: z.number(),
      realised: z.number(),
    })
    .optional(),
}) satisfies z.ZodType<Explanation>;

/**
 * A scored node with its children: the "why" of a result, down to every indicator. The children are
 * nodes of the same shape; the schema does not recurse because the OpenAPI generator cannot follow a
 * recursive schema (it overflows its stack), so it checks one level and types the rest.
 */
export const NodeResultView = z.object({
  id: z.string(),
  name: z.string().optional(),
  score: z.number().nullable(),
  explanation: ExplanationView,
  children: z.array(z.unknown()).optional().describe('Nodes of this same shape'),
}) as unknown as z.ZodType<NodeResult>;

/**
 * What the catalog says about a node of the "why" that its explanation does not: the number the
 * decree prints ("1)", "A1"), and for an indicator its unit and what its sasaran counts — the words
 * of its sentence (shared/explanation-sentence.ts).
 */
export const NodeWords = z.object({
  number: z.string(),
  /** The unit column as printed; null for a group. */
  unit: z.string().nullable(),
  /** What the sasaran counts, in lower case ("ibu hamil", "kelahiran hidup"); null when the row does not say plainly. */
  sasaran: z.string().nullable(),
});
export type NodeWords = z.infer<typeof NodeWords>;

const Thresholds = z.tuple([z.number(), z.number()]).readonly();

/** The district settings a result was scored with (docs/scoring.md#settings), so the UI can name the rule. */
export const SettingsView = z.object({
  convention: z.enum(['target', 'coverage']),
  cap: z.boolean(),
  lowerFormula: z.enum(['permenpan', 'ratio']),
  /** [Baik from, Cukup from] per axis. */
  thresholds: z.object({ service: Thresholds, management: Thresholds, quality: Thresholds }),
  submitted: z.boolean(),
  zeroSasaran: z.enum(['exclude', 'full']),
});
export type SettingsView = z.infer<typeof SettingsView>;

/** The three headline figures of a stored result and their categories (full precision; round to show). */
export const Headline = z.object({
  /** %. */
  service: z.number().nullable(),
  /** 0–10. */
  management: z.number().nullable(),
  /** %. */
  quality: z.number().nullable(),
  categories: z.object({
    service: Category.nullable(),
    management: Category.nullable(),
    quality: Category.nullable(),
    /** The worst of the three. */
    overall: Category.nullable(),
  }),
  kelompok: Kelompok.nullable(),
  computedAt: z.string(),
});
export type Headline = z.infer<typeof Headline>;

export const MonthlyServicePoint = z.object({
  month: MonthString,
  /** Service % scored cumulatively through this month against pro-rated targets; null after `through`. */
  service: z.number().nullable(),
  category: Category.nullable(),
});

export const LaggingIndicator = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  unit: z.string(),
  /** The service cluster child (programme) it belongs to. */
  programme: UnitRef,
  score: z.number(),
  color: ProgressColor.nullable(),
  achievedToDate: z.union([z.number(), z.boolean()]).nullable(),
  proRatedTarget: z.number().nullable(),
});
export type LaggingIndicator = z.infer<typeof LaggingIndicator>;

export const ProgrammeScore = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  cluster: z.string(),
  score: z.number().nullable(),
});
export type ProgrammeScore = z.infer<typeof ProgrammeScore>;

/** A top group of another grouping of the catalog (an ILP klaster), its figure on each axis it has rows of. */
export const GroupingFigures = z.object({
  id: z.string(),
  name: z.string(),
  /** The averages (the headline) follow this grouping. */
  inForce: z.boolean(),
  groups: z.array(
    z.object({
      code: z.string(),
      number: z.string(),
      name: z.string(),
      /** As the axis is read: service and quality in %, management 0–10; null when nothing is scored. */
      parts: z.array(
        z.object({ axis: z.enum(['service', 'management', 'quality']), score: z.number().nullable() }),
      ),
    }),
  ),
});
export type GroupingFigures = z.infer<typeof GroupingFigures>;

/** GET /api/puskesmas/{code}/years/{year}/dashboard. */
export const PuskesmasDashboard = YearHeader.extend({
  /** The stored result; null until something has been scored. */
  headline: Headline.nullable(),
  settings: SettingsView,
  /** The stored result's trees with every node's explanation. */
  why: z
    .object({
      service: NodeResultView.nullable(),
      management: NodeResultView.nullable(),
      quality: NodeResultView.nullable(),
    })
    .nullable(),
  /** By catalog code: the printed number of every node of the trees, and an indicator's unit and sasaran. */
  nodeWords: z.record(z.string(), NodeWords),
  /** The last month counted by the "to date" figures below. */
  through: MonthString,
  monthly: z.array(MonthlyServicePoint),
  /** The ten service indicators furthest below their pro-rated target, lowest score first. */
  lagging: z.array(LaggingIndicator),
  /** Score to date per programme (the children of each service cluster), for a radar chart. */
  radar: z.array(ProgrammeScore),
  /** The stored result by the catalog's other groupings (the ILP clusters), each top group. */
  groupings: z.array(GroupingFigures),
});
export type PuskesmasDashboard = z.infer<typeof PuskesmasDashboard>;

export const LeagueRow = z.object({
  puskesmas: PuskesmasSummary,
  kelompok: Kelompok.nullable(),
  /** Rank inside the Kelompok (ties share a rank); null when not assessable. */
  rank: z.number().int().nullable(),
  service: z.number().nullable(),
  management: z.number().nullable(),
  quality: z.number().nullable(),
  categories: Headline.shape.categories,
  /**
   * In the working league table (Dinkes): the year's status, and the result it read — the Puskesmas'
   * own while a draft, Dinkes' verified one once submitted. Absent from published results.
   */
  status: AssessmentStatus.optional(),
  stage: z.enum(['self', 'verified']).optional(),
});
export type LeagueRow = z.infer<typeof LeagueRow>;

export const MonthCompleteness = z.object({
  month: MonthString,
  due: z.string(),
  /**
   * Indicators that need a value this month, those that have one, and those of them last changed
   * after `due` (late entries and later corrections alike; for information).
   */
  required: z.number().int(),
  filled: z.number().int(),
  late: z.number().int(),
  complete: z.boolean(),
  /** The date ('YYYY-MM-DD', WIB) the month first became complete; it never moves. Null: never recorded. */
  completedOn: z.string().nullable(),
  /** The date ('YYYY-MM-DD', WIB) the month was reported to Dinkes; it never moves. Null: not reported. */
  reportedOn: z.string().nullable(),
  /** When and by whom it was reported (an instant, ISO 8601, and a username); null while it is not. */
  reportedAt: z.string().nullable(),
  reportedBy: z.string().nullable(),
  /**
   * Decided by the report alone (docs/scoring-decisions.md, rule 20): true once reported by `due`;
   * false when reported after it, or `due` has passed without a report; null while neither.
   */
  onTime: z.boolean().nullable(),
});
export type MonthCompleteness = z.infer<typeof MonthCompleteness>;

/** GET /api/districts/{code}/years/{year}/dashboard. */
export const DistrictDashboard = z.object({
  district: UnitRef,
  year: z.number().int(),
  /** The district's thresholds for the year (from its catalog version's settings). */
  settings: SettingsView,
  /**
   * `working`: Dinkes staff read the stored results as they stand, published or not; `published`: a
   * viewer reads the publication in force only (empty, with `publication` null, until there is one).
   */
  source: z.enum(['working', 'published']),
  /** The district's publication of the year in force, if any. */
  publication: PublicationSummary.nullable(),
  /** Kelompok I, II, III, each ranked; the not-assessable last. */
  league: z.array(LeagueRow),
  heatmap: z.object({
    columns: z.array(ProgrammeScore.omit({ score: true })),
    /** `scores[i]` belongs to `columns[i]`; from each Puskesmas' stored result. */
    rows: z.array(z.object({ puskesmas: UnitRef, scores: z.array(z.number().nullable()) })),
  }),
  timeliness: z.object({
    today: z.string(),
    rows: z.array(
      z.object({
        puskesmas: UnitRef,
        months: z.array(MonthCompleteness),
        /** Months decided (reported, or past their due date), and how many of those were complete and on time. */
        dueMonths: z.number().int(),
        completeMonths: z.number().int(),
        onTimeMonths: z.number().int(),
        /** Of the months decided: reported late, complete but not reported, incomplete and not reported. */
        lateMonths: z.number().int(),
        unreportedMonths: z.number().int(),
        incompleteMonths: z.number().int(),
      }),
    ),
    /**
     * Per month (in order), how many Puskesmas reported it on time, late, have it complete but not
     * reported, or incomplete; `due` is whether its due date has passed.
     */
    months: z.array(
      z.object({
        month: z.string(),
        due: z.boolean(),
        onTime: z.number().int(),
        late: z.number().int(),
        unreported: z.number().int(),
        incomplete: z.number().int(),
      }),
    ),
  }),
});
export type DistrictDashboard = z.infer<typeof DistrictDashboard>;
