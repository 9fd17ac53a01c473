// `pkp backup` and `pkp restore` for both back ends: the small demo (with an evidence file on the
// embedded store) backed up and restored into an empty store scores the same, every stored result
// agrees with a fresh scoring, and the file comes back byte for byte. A store that holds data, a
// backup of the other kind, a file that is no backup, and a running server's directory are refused.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../../test/cli/helpers.ts';
import { selectedBackends } from '../../test/db/backends.ts';
import { createTestDatabase, type TestDatabase } from '../../test/db/postgres-databases.ts';
import { DEMO_YEAR, loadSmallDemo } from '../../test/db/small-demo.ts';
import { checkResults } from '../app/check-results.ts';
import { storeRepositories, unitOfWork } from './adapters/repositories.ts';
import { restoreBackup, writeBackup } from './backup.ts';
import { openDb, type OpenDbOptions } from './db.ts';

const EVIDENCE = join('ab', '1-ab12cd.pdf');

/** The district-year's stored results, and whether each agrees with a fresh scoring. */
async function resultsOf(target: OpenDbOptions) {
  const store = await openDb(target);
  try {
    const repos = storeRepositories(store);
    const district = (await repos.findOrgUnit('3318'))!;
    const stored = [
      ...(await repos.listDistrictResults(district.id, DEMO_YEAR, 'self')),
      ...(await repos.listDistrictResults(district.id, DEMO_YEAR, 'verified')),
    ].map(({ computedAt: _at, ...rest }) => rest);
    const check = await checkResults(
      { repos, uow: unitOfWork(store), clock: () => new Date() },
      { year: DEMO_YEAR, districtCode: '3318' },
    );
    return { stored, differences: check.differences, checked: check.checked };
  } finally {
    await store.close();
  }
}

for (const kind of selectedBackends()) {
  describe(`backup and restore [${kind}]`, { timeout: 120_000 }, () => {
    let tmp: string;
    const databases: TestDatabase[] = [];
    let source: OpenDbOptions;
    const emptyTarget = async (name: string): Promise<OpenDbOptions> => {
      if (kind === 'pglite') return { dataDir: join(tmp, name) };
      const database = await createTestDatabase();
      databases.push(database);
      return { databaseUrl: database.url };
    };

    beforeAll(async () => {
      tmp = await makeTempDir('pkp-backup-');
      source = await emptyTarget('source');
      const store = await openDb(source);
      try {
        await loadSmallDemo(store);
      } finally {
        await store.close();
      }
      if ('dataDir' in source) {
        await mkdir(join(source.dataDir, 'files', 'ab'), { recursive: true });
        await writeFile(join(source.dataDir, 'files', EVIDENCE), Buffer.from('%PDF-1.7 notulen'));
      }
    });
    afterAll(async () => {
      for (const database of databases) await database.drop();
      await removeDir(tmp);
    });

    it('restores into an empty store what was backed up: the same results, all agreeing, the files too', async () => {
      const file = join(tmp, 'pkp.backup');
      const { manifest, bytes } = await writeBackup(source, file, new Date('2024-02-01T00:00:00Z'));
      expect(manifest).toMatchObject({
        format: 'pkp-backup',
        version: 1,
        kind,
        createdAt: '2024-02-01T00:00:00.000Z',
      });
      expect(manifest.files).toBe(kind === 'pglite' ? 1 : 0);
      expect(bytes).toBeGreaterThan(1000);

      const target = await emptyTarget('restored');
      expect(await restoreBackup(file, target)).toEqual(manifest);
      const before = await resultsOf(source);
      const after = await resultsOf(target);
      expect(after.stored).toEqual(before.stored);
      expect(after.checked).toBeGreaterThan(0);
      expect(after.differences).toEqual([]);
      if ('dataDir' in target && 'dataDir' in source)
        expect(await readFile(join(target.dataDir, 'files', EVIDENCE))).toEqual(
          await readFile(join(source.dataDir, 'files', EVIDENCE)),
        );

      // Never over data: the restored store is not empty any more.
      await expect(restoreBackup(file, target)).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
    });

    it('refuses a backup of the other kind of store, and a file that is no backup', async () => {
      const file = join(tmp, 'other.backup');
      await writeBackup(source, file);
      const other: OpenDbOptions =
        kind === 'pglite' ? { databaseUrl: 'postgres://127.0.0.1:1/none' } : { dataDir: join(tmp, 'other') };
      await expect(restoreBackup(file, other)).rejects.toMatchObject({ code: 'BACKUP_KIND_MISMATCH' });
      const notZip = join(tmp, 'not-a-backup.zip');
      await writeFile(notZip, 'bukan cadangan');
      await expect(restoreBackup(notZip, await emptyTarget('never'))).rejects.toMatchObject({
        code: 'BACKUP_INVALID',
      });
    });

    if (kind === 'pglite')
      it('refuses to back up the embedded store while a server holds its directory', async () => {
        const store = await openDb(source);
        try {
          await expect(writeBackup(source, join(tmp, 'locked.backup'))).rejects.toMatchObject({
            code: 'DB_LOCKED',
          });
        } finally {
          await store.close();
        }
      });
  });
}
