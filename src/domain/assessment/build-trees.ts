// The scoring trees of one Puskesmas-year: the catalog's tree with each indicator's measure at its leaf.
import { weeksInMonths } from '../periods/weeks.ts';
import {
  CLUSTER_AXIS,
  type Axis,
  type Catalog,
  type CatalogIndicator,
  type CatalogNode,
} from '../catalog/types.ts';
import type { AssessmentTrees } from '../scoring/assessment.ts';
import type { ScoreGroup, ScoreLeaf, ScoreNode } from '../scoring/tree.ts';
import type { PuskesmasYear } from './inputs.ts';
import { rowInputs } from './linked-rows.ts';
import { measureIndicator } from './measure-indicator.ts';

export const AXIS_ROOT_ID: Record<Axis, string> = {
  service: 'service',
  management: 'management',
  quality: 'quality',
};

/** Why an indicator does not apply to this Puskesmas, or null when it does. */
export function notApplicableReason(indicator: CatalogIndicator, py: PuskesmasYear): string | null {
  const target = py.inputs.get(indicator.code)?.target;
  if (indicator.appliesTo === 'rawat-inap' && !py.rawatInap) return 'Puskesmas non rawat inap';
  if (indicator.optional && target?.chosen !== true) return 'Layanan UKM Pengembangan tidak dipilih';
  if (target?.applicable === false) return target.reason ?? 'Ditandai tidak berlaku';
  return null;
}

export function buildAssessmentTrees(catalog: Catalog, py: PuskesmasYear, dueMonths = 12): AssessmentTrees {
  const toNode = (node: CatalogNode): ScoreNode => {
    const weight = node.type === 'group' && node.weight !== undefined ? { weight: node.weight } : {};
    if (node.type === 'group')
      return { id: node.code, name: node.name, ...weight, children: node.children.map(toNode) };
    const reason = notApplicableReason(node, py);
    const leaf: ScoreLeaf = {
      id: node.code,
      name: node.name,
      measure: measureIndicator(node, rowInputs(node, py), dueMonths, weeksInMonths(py.year, dueMonths)),
    };
    return reason === null ? leaf : { ...leaf, applicable: false, reason };
  };
  const roots: Record<Axis, ScoreGroup> = {
    service: { id: AXIS_ROOT_ID.service, name: 'Pelayanan', children: [] },
    management: { id: AXIS_ROOT_ID.management, name: 'Manajemen', children: [] },
    quality: { id: AXIS_ROOT_ID.quality, name: 'Mutu', children: [] },
  };
  for (const cluster of catalog.clusters) roots[CLUSTER_AXIS[cluster.cluster]].children.push(toNode(cluster));
  return roots;
}
