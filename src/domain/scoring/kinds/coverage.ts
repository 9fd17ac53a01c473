// Coverage of a sasaran: against the target (capped) or against the whole sasaran (docs/scoring.md#coverage).
import { explain } from '../explanation.ts';
import type { CoverageMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import { excluded, missing, nothingToCount, scoreHigher, targetCheck, type LeafScore } from './leaf-score.ts';

export function scoreCoverage(m: CoverageMeasure, settings: ScoringSettings): LeafScore {
  const inputs = {
    sasaran: m.sasaran,
    target: m.target ?? null,
    targetSasaran: m.targetSasaran ?? null,
    achieved: m.achieved,
    ...(m.nothingToCount === undefined ? {} : { nothingToCount: m.nothingToCount }),
  };
  if (m.nothingToCount !== undefined) {
    // The sasaran is counted from the monthly denominators: none entered is a value not given, and
    // a count of 0 is a period with nothing to count, read as the catalog row says.
    if (m.sasaran === null || m.achieved === null) return missing(settings, inputs);
    if (m.sasaran === 0) return nothingToCount(m.nothingToCount, settings, inputs);
  }
  if (m.sasaran === null) return excluded('no-sasaran', inputs);
  if (m.sasaran === 0) {
    return settings.zeroSasaran === 'full'
      ? { score: 100, explanation: explain('zero-sasaran-full', inputs) }
      : excluded('zero-sasaran', inputs);
  }
  if (m.achieved === null) return missing(settings, inputs);

  const coverage = (m.achieved * 100) / m.sasaran;
  // Met is P against the absolute target where Dinkes set one, else the coverage % against T %.
  const comparator = m.comparator ?? '>=';
  const check =
    m.targetSasaran != null
      ? targetCheck(m.achieved, comparator, m.targetSasaran)
      : m.target != null
        ? targetCheck(coverage, comparator, m.target)
        : {};

  if (settings.convention === 'coverage') {
    const capped = settings.cap && coverage > 100;
    return {
      score: capped ? 100 : coverage,
      explanation: { ...explain('coverage-sasaran', inputs, { coverage }, capped), ...check },
    };
  }

  // The absolute target that Dinkes sets wins over the percentage: it is how a district corrects a
  // sasaran estimate that the percentage alone would get wrong.
  const targetSasaran = m.targetSasaran ?? (m.target == null ? null : (m.target * m.sasaran) / 100);
  if (targetSasaran === null) return excluded('no-target', inputs);
  const outcome = scoreHigher(m.achieved, targetSasaran, settings);
  return {
    score: outcome.score,
    explanation: {
      ...explain('coverage-target', inputs, { targetSasaran, coverage, ...outcome.derived }, outcome.capped),
      ...check,
    },
  };
}
