// Run as a separate Node process by db.test.ts: tries to open a data directory and reports what
// happened as one line of JSON, so the test can see how a second process is turned away. With
// --hold it keeps the store open until killed (or until its standard input closes).
import { openDb } from '../../src/data/db.ts';
import { AppError } from '../../src/shared/errors.ts';

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error('usage: open-data-dir.ts DIR [--hold]');
try {
  const store = await openDb({ dataDir: dir });
  console.log(JSON.stringify({ opened: true }));
  if (mode === '--hold') {
    process.stdin.resume();
    process.stdin.once('end', () => void store.close());
  } else {
    await store.close();
  }
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.log(JSON.stringify({ code: error.code, message: error.message, localized: error.localized('id') }));
  process.exitCode = 1;
}
