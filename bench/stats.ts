// Small measuring helpers for the benchmarks: a monotonic clock, percentiles, memory.
import { performance } from 'node:perf_hooks';

/** Milliseconds, monotonic, sub-millisecond. */
export const now = (): number => performance.now();

/** Runs `work` and returns what it returned and how long it took (ms). */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = now();
  const value = await work();
  return { value, ms: now() - started };
}

export interface Summary {
  n: number;
  mean: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples (p in 0..100). */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  return {
    n: sorted.length,
    mean: sorted.length ? total / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const median = (samples: readonly number[]): number => summarize(samples).p50;

/** Resident set size of this process, in MiB. */
export const rssMiB = (): number => process.memoryUsage().rss / 2 ** 20;
