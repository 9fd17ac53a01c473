#!/usr/bin/env node
// What `npm test` checks before the tests: types, lint, formatting and the build, side by side. Each is
// a single-threaded process (tsc ~30 s, eslint ~16, prettier ~16, the build ~4 on the 2-core CI
// machine); one after the other they took a minute, two at a time about half of that. Each one's
// output is printed whole when it ends, so two never interleave; the exit status is 1 if any failed.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['types', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npx', ['eslint', '.']],
  ['formatting', 'npx', ['prettier', '--check', '.']],
  ['build', 'npm', ['run', '-s', 'build']],
];
/** tsc alone takes as long as the rest together: it runs beside them, they run one after another. */
const LANES = 2;

function run([name, command, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ name, ok: false, output: `${output}${error.message}\n` }));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n== ${name}: ${code === 0 ? 'ok' : `failed (${code})`}, ${seconds} s ==\n`);
      if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      resolve({ name, ok: code === 0 });
    });
  });
}

const queue = [...CHECKS];
const lane = async () => {
  const results = [];
  for (let check = queue.shift(); check; check = queue.shift()) results.push(await run(check));
  return results;
};
const results = (await Promise.all(Array.from({ length: LANES }, lane))).flat();
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length) {
  process.stdout.write(`\nchecks failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
