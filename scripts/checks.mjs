#!/usr/bin/env node
// The checks `npm test` runs before the tests — types, lint, formatting and the UI build — in two
// lanes side by side, one per core of the machines here: the type check (~30 s) beside the other three
// (~35 s together), instead of all four one after another (~65 s). Each one's output is printed whole
// when it ends; the exit code is non-zero when any failed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);

const LANES = [
  [['typecheck', bin('tsc'), ['--noEmit']]],
  [
    ['lint', bin('eslint'), ['.']],
    ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
    ['build', bin('vite'), ['build', '--logLevel', 'warn']],
  ],
];

const run = ([name, command, args]) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ name, code: 1, output: String(error), seconds: 0 }));
    child.on('close', (code) =>
      resolve({ name, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }),
    );
  });

const lane = async (checks) => {
  const results = [];
  for (const check of checks) results.push(await run(check));
  return results;
};
const results = (await Promise.all(LANES.map(lane))).flat();
for (const { name, code, output, seconds } of results) {
  console.log(`${code === 0 ? '✓' : '✗'} ${name} (${seconds.toFixed(1)} s)`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
