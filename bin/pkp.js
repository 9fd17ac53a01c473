#!/usr/bin/env node
// Runs the TypeScript CLI straight from source: no build step stands between a clone and `npx pkp`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
