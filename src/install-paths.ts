// Where pkp's own files are: the SQL migrations (drizzle/) and the built UI (dist/ui). Found from this
// module's place by the nearest package.json, because the same code runs from source (src/…) and from
// the server bundle (dist/node/, scripts/build-server.mjs), at different depths below the root.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function installRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

const root = installRoot();
export const MIGRATIONS_FOLDER = join(root, 'drizzle');
/** Where `npm run build` puts the UI (vite.config.ts). */
export const UI_DIR = join(root, 'dist', 'ui');
