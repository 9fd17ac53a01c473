#!/usr/bin/env node
// Builds the server and CLI into dist/node: src/ bundled by esbuild (npm packages stay imports), with
// the modules that load late (report writers, workbook readers, commands) as chunks loaded late still.
// bin/pkp.js runs this bundle while it is fresh and the source otherwise: through tsx a start loads
// ~700 modules via a loader thread (~2,5 s, a core and a half); the bundle loads ~300 (~1 s).
// dist/node/inputs.json lists the source files the bundle was built from, for that freshness check.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/node`;

await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    pkp: 'src/cli/main.ts',
    // The worker threads' entries, named as the pools open them (new URL('./…-entry.mjs', import.meta.url)):
    // from source those register tsx first; bundled they need nothing.
    'scoring-worker-entry': 'src/compute/scoring-worker.ts',
    'render-worker-entry': 'src/report/render-worker.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'));
await writeFile(`${outdir}/inputs.json`, JSON.stringify({ builtAt: Date.now(), inputs }, null, 0) + '\n');
