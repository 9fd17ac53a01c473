// Coverage of a target population: against the target (capped) or against the whole sasaran (domain.md §4).
import { explain } from '../explanation.ts';
import type { CoverageMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import { excluded, missing, scoreHigher, type LeafScore } from './leaf-score.ts';

export function scoreCoverage(m: CoverageMeasure, settings: ScoringSettings): LeafScore {
  const inputs = {
    sasaran: m.sasaran,
    target: m.target ?? null,
    targetSasaran: m.targetSasaran ?? null,
    achieved: m.achieved,
  };
  if (m.sasaran === null) return excluded('no-sasaran', inputs);
  if (m.sasaran === 0) {
    return settings.zeroSasaran === 'full'
      ? { score: 100, explanation: explain('zero-sasaran-full', inputs) }
      : excluded('zero-sasaran', inputs);
  }
  if (m.achieved === null) return missing(settings, inputs);

  if (settings.convention === 'coverage') {
    const coverage = (m.achieved * 100) / m.sasaran;
    const capped = settings.cap && coverage > 100;
    return {
      score: capped ? 100 : coverage,
      explanation: explain('coverage-sasaran', inputs, { coverage }, capped),
    };
  }

  // The absolute target that Dinkes sets wins over the percentage: it is how a district corrects a
  // sasaran estimate that the percentage alone would get wrong.
  const targetSasaran = m.targetSasaran ?? (m.target == null ? null : (m.target * m.sasaran) / 100);
  if (targetSasaran === null) return excluded('no-target', inputs);
  const outcome = scoreHigher(m.achieved, targetSasaran, settings);
  return {
    score: outcome.score,
    explanation: explain(
      'coverage-target',
      inputs,
      { targetSasaran, coverage: (m.achieved * 100) / m.sasaran, ...outcome.derived },
      outcome.capped,
    ),
  };
}
