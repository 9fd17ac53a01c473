// A programme's short name ("SPM 1", "UKM A", "UKP A1"), for the charts and the heat map whose columns
// have room for little more (their tables and tooltips give the full names).
import type { ProgrammeScore } from '../../shared/api/dashboard.schema.ts';

const CLUSTER_SHORT: Record<string, string> = {
  spm: 'SPM',
  'ukm-esensial': 'UKM',
  'ukm-pengembangan': 'UKMP',
  ukp: 'UKP',
};

export function shortName(p: Pick<ProgrammeScore, 'cluster' | 'number'>): string {
  return `${CLUSTER_SHORT[p.cluster] ?? p.cluster} ${p.number.replace(/[.)]$/, '')}`;
}
