// Scores a scenario file with the pure engine, no database: `pkp score --scenario FILE`.
import { scoreAssessment, type AssessmentResult, type AxisResult } from '../domain/scoring/assessment.ts';
import type { NodeResult, ScoreGroup, ScoreNode } from '../domain/scoring/tree.ts';
import { resolveSettings, type ScoringSettings } from '../domain/scoring/settings.ts';
import type { Comparator, NothingToCount } from '../domain/catalog/types.ts';
import type { LeafMeasure } from '../domain/scoring/measure.ts';
import { AppError } from '../shared/errors.ts';
import {
  scenarioSchema,
  type Scenario,
  type ScenarioGroup,
  type ScenarioLeaf,
} from '../shared/schemas/scenario.schema.ts';
import { describeIssues, formatPath, type FieldIssue } from '../shared/zod-issues.ts';

type AxisName = 'service' | 'management' | 'quality';
const AXES: AxisName[] = ['service', 'management', 'quality'];

function invalid(issues: FieldIssue[]): AppError {
  const [first] = issues;
  return new AppError('SCENARIO_INVALID', {
    path: first?.path ?? '(root)',
    reason: issues.length > 1 ? `${first?.message} (+${issues.length - 1})` : (first?.message ?? ''),
    issues: issues.map((i) => `${i.path}: ${i.message}`).join('\n'),
  });
}

/** Validates a parsed JSON value as a scenario; the error names the path of every bad field. */
export function parseScenario(input: unknown): { scenario: Scenario; settings: ScoringSettings } {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw invalid(describeIssues(parsed.error.issues, input));
  const scenario = parsed.data;
  const settings = resolveSettings(scenario.settings ?? {});
  const issues = checkSemantics(scenario, settings);
  if (issues.length > 0) throw invalid(issues);
  return { scenario, settings };
}

/** Rules a schema cannot say: unique ids, rubrics only under management and quality, a coverage target. */
function checkSemantics(scenario: Scenario, settings: ScoringSettings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const visit = (node: ScenarioGroup | ScenarioLeaf, axis: AxisName, path: (string | number)[]): void => {
    if (seen.has(node.id))
      issues.push({ path: formatPath([...path, 'id']), message: `duplicate id "${node.id}"` });
    seen.add(node.id);
    if ('children' in node) {
      node.children.forEach((child, i) => visit(child, axis, [...path, 'children', i]));
      return;
    }
    const isRubric = node.kind === 'rubric';
    if (axis === 'service' && isRubric) {
      issues.push({ path: formatPath([...path, 'kind']), message: 'a service leaf cannot be a rubric' });
    }
    if (axis !== 'service' && !isRubric) {
      issues.push({
        path: formatPath([...path, 'kind']),
        message: `every ${axis} leaf is a rubric (level or percent)`,
      });
    }
    if (
      node.kind === 'coverage' &&
      settings.convention === 'target' &&
      node.target == null &&
      node.targetSasaran == null
    ) {
      issues.push({
        path: formatPath([...path, 'target']),
        message: 'the target convention needs target or targetSasaran',
      });
    }
  };
  for (const axis of AXES) {
    const root = scenario[axis];
    if (root) visit(root, axis, [axis]);
  }
  return issues;
}

/** The optional fields a leaf gives, as the measure takes them (absent stays absent). */
function optional(leaf: {
  comparator?: Comparator | undefined;
  nothingToCount?: NothingToCount | undefined;
}) {
  return {
    ...(leaf.comparator === undefined ? {} : { comparator: leaf.comparator }),
    ...(leaf.nothingToCount === undefined ? {} : { nothingToCount: leaf.nothingToCount }),
  };
}

function toMeasure(leaf: ScenarioLeaf): LeafMeasure {
  switch (leaf.kind) {
    case 'coverage':
      return {
        kind: 'coverage',
        sasaran: leaf.sasaran,
        target: leaf.target ?? null,
        targetSasaran: leaf.targetSasaran ?? null,
        achieved: leaf.achieved ?? null,
        ...optional(leaf),
      };
    case 'rate':
      return {
        kind: 'rate',
        per: leaf.per,
        sasaran: leaf.sasaran,
        target: leaf.target,
        direction: leaf.direction,
        achieved: leaf.achieved ?? null,
        ...optional(leaf),
      };
    case 'value':
      return {
        kind: 'value',
        target: leaf.target,
        direction: leaf.direction,
        achieved: leaf.achieved ?? null,
        ...(leaf.denominator === undefined ? {} : { denominator: leaf.denominator }),
        ...optional(leaf),
      };
    case 'range':
      return {
        kind: 'range',
        min: leaf.min,
        max: leaf.max,
        aboveIsBetter: leaf.aboveIsBetter ?? false,
        achieved: leaf.achieved ?? null,
        ...(leaf.denominator === undefined ? {} : { denominator: leaf.denominator }),
        ...optional(leaf),
      };
    case 'yesno':
      return { kind: 'yesno', achieved: leaf.achieved ?? null };
    case 'ontime':
      return {
        kind: 'ontime',
        target: leaf.target ?? null,
        onTime: leaf.onTime ?? null,
        due: leaf.due,
        ...optional(leaf),
      };
    case 'rubric':
      return {
        kind: 'rubric',
        level: leaf.level ?? null,
        percent: leaf.percent ?? null,
        ...(leaf.bands ? { bands: leaf.bands } : {}),
      };
  }
}

function toNode(node: ScenarioGroup | ScenarioLeaf): ScoreNode {
  const common = {
    id: node.id,
    ...(node.name === undefined ? {} : { name: node.name }),
    ...(node.weight === undefined ? {} : { weight: node.weight }),
    ...(node.applicable === undefined ? {} : { applicable: node.applicable }),
    ...(node.reason === undefined ? {} : { reason: node.reason }),
  };
  if ('children' in node) return { ...common, children: node.children.map(toNode) };
  return { ...common, measure: toMeasure(node) };
}

export interface ScenarioOutput {
  nodes: Record<string, Omit<NodeResult, 'children' | 'id'>>;
  service: AxisOutput | null;
  management: AxisOutput | null;
  quality: AxisOutput | null;
  overall: AssessmentResult['overall'];
  settings: ScoringSettings;
}

interface AxisOutput {
  score: number | null;
  category: AxisResult['category'];
  thresholds: AxisResult['thresholds'];
}

/** Scores a scenario: every node unrounded, the axes with their categories, the overall category. */
export function scoreScenario(input: unknown): ScenarioOutput {
  const { scenario, settings } = parseScenario(input);
  const trees: Partial<Record<AxisName, ScoreGroup>> = {};
  for (const axis of AXES) {
    const root = scenario[axis];
    if (root) trees[axis] = toNode(root) as ScoreGroup;
  }
  const result = scoreAssessment(trees, settings);
  const nodes: ScenarioOutput['nodes'] = {};
  for (const [nodeId, node] of Object.entries(result.nodes)) {
    const { children: _children, id: _id, ...rest } = node;
    nodes[nodeId] = rest;
  }
  const axis = (a: AxisResult | null): AxisOutput | null =>
    a && { score: a.score, category: a.category, thresholds: a.thresholds };
  return {
    nodes,
    service: axis(result.service),
    management: axis(result.management),
    quality: axis(result.quality),
    overall: result.overall,
    settings,
  };
}
