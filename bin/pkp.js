#!/usr/bin/env node
// The `pkp` command. It runs the server bundle (dist/node, built by `npm run build`) while that is
// fresh — every source file it was built from unchanged since — and the TypeScript source through tsx
// otherwise, so no build step stands between a clone (or an edit) and `npx pkp`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/node/pkp.mjs`;

function bundleIsFresh() {
  if (process.env.PKP_FROM_SOURCE === '1' || !existsSync(bundle)) return false;
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(`${root}dist/node/inputs.json`, 'utf8'));
    return inputs.every((file) => statSync(root + file, { throwIfNoEntry: false })?.mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
