#!/usr/bin/env node
// Writes test/file-durations.json — the seconds each test file took — from a run's JSON report
// (`.ci/run` leaves it in artifacts/vitest.json), for the longest-first order of test/longest-first.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const report = JSON.parse(readFileSync(process.argv[2] ?? `${root}artifacts/vitest.json`, 'utf8'));
const durations = {};
for (const file of report.testResults) {
  // The path inside the repository, wherever the run's clone was.
  const path = file.name.slice(file.name.search(/\/(src|test|e2e)\//) + 1);
  const project = path.startsWith('e2e/') ? 'e2e' : 'unit';
  durations[`${project}:${path}`] = Math.round((file.endTime - file.startTime) / 100) / 10;
}
const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(`${root}test/file-durations.json`, JSON.stringify(sorted, null, 2) + '\n');
console.log(`${Object.keys(sorted).length} files written to test/file-durations.json`);
