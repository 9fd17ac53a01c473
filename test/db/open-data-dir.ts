// Run as a separate Node process by db.test.ts: tries to open a data directory and reports what
// happened as one line of JSON, so the test can see how a second process is turned away.
import { openDb } from '../../src/data/db.ts';
import { AppError } from '../../src/shared/errors.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: open-data-dir.ts DIR');
try {
  const store = await openDb({ dataDir: dir });
  await store.close();
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.log(JSON.stringify({ code: error.code, message: error.message, localized: error.localized('id') }));
  process.exitCode = 1;
}
