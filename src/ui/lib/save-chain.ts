// One save at a time per item: a change made while the item's previous save is still on its way waits
// for it (merged with any other change waiting), and then goes with the version that save returned.
// Sending both at once made the second carry the version the first had already replaced, and the
// server answered the user's own change with "changed by someone else" (409).

/** What the chain does after a save: go on with the changes waiting, or drop them (a conflict, an error). */
export type AfterSave = 'continue' | 'stop';

export class SaveChain<Change> {
  private readonly running = new Set<string>();
  private readonly waiting = new Map<string, Change>();

  constructor(
    private readonly send: (key: string, change: Change) => Promise<AfterSave>,
    /** Folds a later change into one already waiting (the later one's fields win). */
    private readonly merge: (earlier: Change, later: Change) => Change,
    /** Told when an item starts and stops having a save on its way or waiting. */
    private readonly onBusy: (key: string, busy: boolean) => void = () => {},
  ) {}

  /** Sends `change` now, or after the item's save on its way (merged with what else waits). */
  submit(key: string, change: Change): void {
    if (this.running.has(key)) {
      const earlier = this.waiting.get(key);
      this.waiting.set(key, earlier === undefined ? change : this.merge(earlier, change));
      return;
    }
    this.running.add(key);
    this.onBusy(key, true);
    void this.run(key, change);
  }

  busy(key: string): boolean {
    return this.running.has(key);
  }

  /** The change waiting for the item's save on its way, if any. */
  waitingFor(key: string): Change | undefined {
    return this.waiting.get(key);
  }

  private async run(key: string, first: Change): Promise<void> {
    let change: Change | undefined = first;
    while (change !== undefined) {
      let after: AfterSave;
      try {
        after = await this.send(key, change);
      } catch {
        after = 'stop';
      }
      change = this.waiting.get(key);
      this.waiting.delete(key);
      if (after === 'stop') change = undefined;
    }
    this.running.delete(key);
    this.onBusy(key, false);
  }
}
