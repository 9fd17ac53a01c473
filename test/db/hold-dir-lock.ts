// Run as a separate Node process by dir-lock.test.ts: takes the lock on a data directory and holds it
// until killed (or until its standard input closes), reporting one line of JSON either way. A second
// argument is the working directory to take it from.
import { acquireDirLock } from '../../src/data/dir-lock.ts';
import { AppError } from '../../src/shared/errors.ts';

const [dir, workingDir] = process.argv.slice(2);
if (!dir) throw new Error('usage: hold-dir-lock.ts DIR [WORKING_DIR]');
if (workingDir) process.chdir(workingDir);
try {
  const lock = await acquireDirLock(dir);
  console.log(JSON.stringify({ held: true, path: lock.path }));
  process.stdin.resume();
  process.stdin.once('end', () => void lock.release());
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.log(JSON.stringify({ code: error.code, params: error.params }));
  process.exitCode = 1;
}
