// The per-address limit on failed sign-ins: at most `max` in any `windowMs` (default 20 in 10 minutes).
//
// Kept in memory: one pkp process serves a district (the embedded database allows a single writer),
// the counts are worthless after a restart anyway, and failed attempts then never become writes. The
// durable guard is the per-account lock-out in the database. Only failures count, because a
// Puskesmas' staff often share one public address behind NAT and must all be able to sign in in
// the morning; an attacker's guesses are failures.
//
// An attempt takes its slot *before* its password is checked, synchronously (no await between the
// check and the count), and gives it back when the password was right: otherwise 40 parallel guesses
// would all pass the check before the first failure counted.
import { AppError } from '../../shared/errors.ts';

export interface LoginThrottleOptions {
  max?: number;
  windowMs?: number;
  /** Addresses remembered at most (the oldest are forgotten first). */
  maxAddresses?: number;
}

/** One attempt's slot: it counts as a failure unless `release`d. */
export interface ThrottleSlot {
  /** The attempt succeeded (or failed for a reason that is no guess): it no longer counts. */
  release(): void;
}

/** A slot taken at `at` (an object, so that releasing one removes exactly that one). */
interface Taken {
  at: number;
}

export class LoginThrottle {
  readonly max: number;
  readonly windowMs: number;
  readonly #maxAddresses: number;
  /** The slots taken per address, oldest first: failures and attempts still being checked. */
  readonly #taken = new Map<string, Taken[]>();

  constructor(options: LoginThrottleOptions = {}) {
    this.max = options.max ?? 20;
    this.windowMs = options.windowMs ?? 10 * 60_000;
    this.#maxAddresses = options.maxAddresses ?? 10_000;
  }

  #recent(address: string, now: Date): Taken[] {
    const since = now.getTime() - this.windowMs;
    const slots = (this.#taken.get(address) ?? []).filter((t) => t.at > since);
    this.#taken.delete(address);
    if (slots.length > 0) this.#taken.set(address, slots);
    return slots;
  }

  /**
   * Takes a slot for one attempt from `address`, or throws TOO_MANY_ATTEMPTS (429) with the minutes
   * until the oldest slot leaves the window.
   */
  reserve(address: string, now: Date): ThrottleSlot {
    const slots = this.#recent(address, now);
    if (slots.length >= this.max) {
      const freeAt = slots[slots.length - this.max]!.at + this.windowMs;
      const minutes = Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
      throw new AppError('TOO_MANY_ATTEMPTS', { minutes }, { status: 429 });
    }
    const slot: Taken = { at: now.getTime() };
    this.#taken.set(address, [...slots, slot]);
    if (this.#taken.size > this.#maxAddresses) {
      this.#taken.delete(this.#taken.keys().next().value!);
    }
    return {
      release: () => {
        const current = this.#taken.get(address);
        if (!current) return;
        const left = current.filter((t) => t !== slot);
        if (left.length > 0) this.#taken.set(address, left);
        else this.#taken.delete(address);
      },
    };
  }

  /**
   * Runs one attempt on a slot: a failure named in `failures` (a wrong password, a locked account)
   * keeps it; success or any other error gives it back.
   */
  async attempt<T>(
    address: string,
    now: Date,
    failures: readonly string[],
    work: () => Promise<T>,
  ): Promise<T> {
    const slot = this.reserve(address, now);
    try {
      const result = await work();
      slot.release();
      return result;
    } catch (error) {
      if (!(error instanceof AppError && failures.includes(error.code))) slot.release();
      throw error;
    }
  }
}
