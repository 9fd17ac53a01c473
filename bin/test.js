#!/usr/bin/env node
// The test run of `npm test`: vitest's two projects side by side, as two runs — the unit files (two at
// a time) and the browser files (one at a time, each with its own server and Chromium). Vitest runs
// one project after the other when their worker counts differ, and the browser files spend much of
// their time waiting on the page and the server: beside the unit files they cost little, after them
// they were half the run. Arguments go to both runs; a JSON report (`--outputFile.json=FILE`) is
// written by each and merged into FILE, with the counts summed. Asked for one project
// (`--project NAME`), vitest runs alone, as it is.
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

const args = process.argv.slice(2);
const vitest = ['node_modules/vitest/vitest.mjs', 'run'];

if (args.some((a) => a === '--project' || a.startsWith('--project='))) {
  const child = spawn(process.execPath, [...vitest, ...args], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.exit(await sideBySide());
}

async function sideBySide() {
  const output = outputFileOf(args);
  const runs = ['unit', 'e2e'].map((project) => {
    const own = output ? `${output}.${project}.json` : null;
    const projectArgs = [
      ...withoutOutputFile(args),
      ...(own ? [`--outputFile.json=${own}`] : []),
      '--project',
      project,
      // A file filter may name files of one project only: the other then runs none.
      '--passWithNoTests',
    ];
    const child = spawn(process.execPath, [...vitest, ...projectArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    prefixLines(child.stdout, process.stdout, project);
    prefixLines(child.stderr, process.stderr, project);
    const exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
    );
    return { project, own, exited };
  });
  const codes = await Promise.all(runs.map((r) => r.exited));
  let status = codes.some((c) => c !== 0) ? 1 : 0;
  if (output) {
    const reports = [];
    for (const run of runs) {
      try {
        reports.push(JSON.parse(await readFile(run.own, 'utf8')));
        await rm(run.own, { force: true });
      } catch {
        console.error(`[${run.project}] wrote no JSON report`);
        status = 1;
      }
    }
    const merged = mergeReports(reports);
    await writeFile(output, JSON.stringify(merged));
    if (merged.numTotalTests === 0) {
      console.error('no test ran');
      status = 1;
    }
  }
  return status;
}

/** Every line of `from` onto `to`, after "[name] ", so the two runs can be told apart. */
function prefixLines(from, to, name) {
  const tag = `[${name.padEnd(4)}] `;
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`${tag}${line}\n`));
}

function outputFileOf(list) {
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a.startsWith('--outputFile.json=')) return a.slice('--outputFile.json='.length);
    if (a === '--outputFile.json') return list[i + 1] ?? null;
  }
  return null;
}

function withoutOutputFile(list) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    if (list[i].startsWith('--outputFile.json=')) continue;
    if (list[i] === '--outputFile.json') {
      i++;
      continue;
    }
    out.push(list[i]);
  }
  return out;
}

/** One report of both runs: the counts summed, the files of both, success only if both succeeded. */
function mergeReports(reports) {
  const merged = { testResults: [], success: true };
  for (const report of reports) {
    for (const [key, value] of Object.entries(report)) {
      if (key.startsWith('num') && typeof value === 'number') merged[key] = (merged[key] ?? 0) + value;
    }
    merged.startTime = Math.min(merged.startTime ?? Infinity, report.startTime ?? Infinity);
    merged.success = merged.success && report.success === true;
    merged.testResults.push(...(report.testResults ?? []));
  }
  merged.numTotalTests ??= 0;
  return merged;
}
