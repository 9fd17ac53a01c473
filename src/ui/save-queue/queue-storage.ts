// Where the save queue waits between visits: the browser's IndexedDB, one record per account and cell,
// so a closed tab, a crash or a dropped connection loses nothing that was typed.
import type { QueuedCell } from './queued-cell.ts';

const DB_NAME = 'pkp';
const DB_VERSION = 1;
const STORE = 'save-queue';
const BY_OWNER = 'owner';

/** A waiting cell as stored: the queue's record, and the tab that is sending it. */
export interface StoredCell extends QueuedCell {
  tab: string;
}

export interface QueueStorage {
  /** Every cell the account left waiting, in any tab. */
  load(owner: string): Promise<StoredCell[]>;
  /**
   * Writes and deletes in one transaction; resolves once it completed. `durable`: only once the records
   * are flushed to disk, for what was just typed (the point is a crash); a status change need not wait.
   */
  write(puts: readonly StoredCell[], deletes: readonly string[], durable: boolean): Promise<void>;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the queue's database; null where the browser has none (or refuses it, as some private modes do). */
export async function openQueueStorage(): Promise<QueueStorage | null> {
  if (typeof indexedDB === 'undefined') return null;
  let db: IDBDatabase;
  try {
    const open = indexedDB.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex(BY_OWNER, 'owner', { unique: false });
    };
    db = await promised(open);
  } catch {
    return null;
  }
  // Another tab opening a newer version of the app's database: let it, this tab reloads its records.
  db.onversionchange = () => db.close();
  return {
    async load(owner) {
      const tx = db.transaction(STORE, 'readonly');
      return (await promised(tx.objectStore(STORE).index(BY_OWNER).getAll(owner))) as StoredCell[];
    },
    write(puts, deletes, durable) {
      return new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, 'readwrite', { durability: durable ? 'strict' : 'relaxed' });
        const store = tx.objectStore(STORE);
        for (const cell of puts) store.put(cell);
        for (const id of deletes) store.delete(id);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
      });
    },
  };
}
