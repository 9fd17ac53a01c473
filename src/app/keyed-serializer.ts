// Runs tasks that share a key one after another, in the order they came; tasks of other keys run
// freely. writeYear uses it so that the saves of one Puskesmas-year queue in this process before they
// take a database connection: a pasted block of hundreds of cells would otherwise fill the pool with
// transactions that all wait on the same row lock, and starve every other Puskesmas' requests.
export class KeyedSerializer {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Keys with a task running or waiting (for tests: the map empties itself). */
  get size(): number {
    return this.#tails.size;
  }
}
