// The repository stands on its own: its code and documents cite no file outside it, and every section
// of docs/scoring.md they cite exists.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const FOLDERS = ['src', 'test', 'e2e', 'docs', 'bench', 'scripts', 'bin', '.ci'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const files = [
  ...FOLDERS.flatMap((folder) => filesUnder(join(root, folder))),
  ...readdirSync(root)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, name)),
];

/** What a reader outside this workplace cannot open: the specification we were given, and its folder. */
const OUTSIDE = [/domain\.md/, /\/work\/shared/];

/**
 * A relative path up to a `shared` folder that is not `src/shared`: from the repository's top it points
 * at the folder beside the repository, which a clone does not have.
 */
function sharedOutside(file: string, text: string): string[] {
  return [...text.matchAll(/((?:\.\.\/)+)shared\b/g)]
    .map((m) => m[0])
    .filter((path) => relative(join(root, 'src', 'shared'), join(dirname(file), path)) !== '');
}

describe('the repository on its own', () => {
  it('reads the code, tests, documents and scripts', () => {
    const read = files.map((f) => relative(root, f));
    expect(read).toEqual(
      expect.arrayContaining(['README.md', 'docs/scoring.md', 'src/domain/scoring/tree.ts']),
    );
  });

  it('mentions no file outside it (the specification we were given, the shared folder beside it)', () => {
    const offending = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const outside = OUTSIDE.flatMap((pattern) => text.match(pattern)?.[0] ?? []);
      return [...outside, ...sharedOutside(file, text)].map((what) => `${relative(root, file)}: ${what}`);
    });
    expect(offending).toEqual([]);
  });

  it('cites only sections of docs/scoring.md that exist', () => {
    const anchors = new Set(
      [...readFileSync(join(root, 'docs/scoring.md'), 'utf8').matchAll(/<a id="([\w-]+)"><\/a>/g)].map(
        (m) => m[1],
      ),
    );
    const cited = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/scoring\.md#([\w-]+)/g)].map((m) => ({
        where: relative(root, file),
        anchor: m[1] as string,
      })),
    );
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter(({ anchor }) => !anchors.has(anchor))).toEqual([]);
  });
});
