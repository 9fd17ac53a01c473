// Orders the test files longest first, so that the two workers start the long files early and a run
// does not end on one long file while the other worker waits. Vitest orders by the durations in its own
// cache, which a fresh clone (CI) does not have, and then by file size — a poor guess here: the longest
// files (report batches, killed processes, CLI exchange) are short files that start servers.
// The durations are the seconds each file took in a measured run (test/file-durations.json, written by
// scripts/write-test-durations.mjs from artifacts/vitest.json); vitest's cache wins where it has one,
// and a file in neither (a new one) runs first.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const measured: Record<string, number> = JSON.parse(
  readFileSync(new URL('./file-durations.json', import.meta.url), 'utf8'),
) as Record<string, number>;

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (spec: TestSpecification): number => {
      const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
      const cached = this.ctx.cache.getFileTestResults(key)?.duration;
      return cached !== undefined ? cached / 1000 : (measured[key] ?? Number.POSITIVE_INFINITY);
    };
    return [...files].sort((a, b) => {
      const byGroup = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (byGroup !== 0) return byGroup;
      if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      return seconds(b) - seconds(a);
    });
  }
}
