// The import rules of ARCHITECTURE.md, checked on every source file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string, { valuesOnly = false } = {}): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*((?:import|export)(\s+type)?[^'"]*?)from\s+['"]([^'"]+)['"]/g)]
    .filter((m) => !(valuesOnly && m[2]))
    .map((m) => m[3] as string);
}

/**
 * The layer a file belongs to: the first folder under src/ (config.ts and install-paths.ts, where pkp's
 * own files are, are adapters of their own).
 */
function layerOf(file: string): string {
  return relative(src, file).split('/')[0] ?? '';
}

/** Which layers each layer may import (besides itself and packages). */
const ALLOWED: Record<string, string[]> = {
  domain: [],
  shared: ['domain'],
  app: ['domain', 'shared'],
  data: ['domain', 'shared', 'install-paths.ts'],
  // data implements the ports that app declares: it may import app's types, never its code.
  cli: [
    'app',
    'domain',
    'shared',
    'data',
    'config.ts',
    'install-paths.ts',
    'http',
    'exchange',
    'report',
    'compute',
  ],
  // The server is a composition root like the CLI: it wires the store to the use cases.
  http: ['app', 'domain', 'shared', 'data', 'config.ts', 'exchange', 'report'],
  // File formats (DHIS2 JSON, ADX, FHIR, Excel): they read and write what the use cases give and take.
  exchange: ['app', 'domain', 'shared'],
  // Documents (the annual report as PDF and DOCX, the district's batch): they lay out what the use cases build.
  report: ['app', 'domain', 'shared'],
  // Worker threads that run the use cases' scoring on every core (pkp recompute).
  compute: ['app', 'domain', 'shared'],
  // The browser bundle: the shared schemas, messages and formatting, and the domain's types.
  ui: ['shared', 'domain'],
  'config.ts': ['shared'],
  'install-paths.ts': [],
};

describe('architecture', () => {
  const files = sourceFiles(src);

  it('checks the React screens (.tsx) as well as the .ts files', () => {
    expect(files.filter((f) => f.endsWith('.tsx') && layerOf(f) === 'ui')).not.toEqual([]);
  });

  it('keeps the domain core free of I/O, frameworks and other layers', () => {
    const offending = files
      .filter((f) => layerOf(f) === 'domain')
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => !i.startsWith('.'))
          .map((i) => `${relative(root, f)} imports ${i}`),
      );
    expect(offending).toEqual([]);
  });

  it('lets each layer import only the layers it may', () => {
    const offending: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      for (const spec of importsOf(file).filter((i) => i.startsWith('.'))) {
        const target = layerOf(join(file, '..', spec));
        const typeOnly = !importsOf(file, { valuesOnly: true }).includes(spec);
        if (layer === 'data' && target === 'app' && typeOnly) continue;
        if (target !== layer && !(ALLOWED[layer] ?? []).includes(target)) {
          offending.push(`${relative(root, file)} (${layer}) imports ${spec} (${target})`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
