// The per-address limit on failed sign-ins: at most `max` in any `windowMs` (default 20 in 10 minutes).
//
// Counted in the database (table sign_in_attempts): several server processes on one PostgreSQL count
// the same guesses, and a restart forgets none. The per-account lock-out is in the database too (the
// users table). Only failures count, because a Puskesmas' staff often share one public address behind
// NAT and must all be able to sign in in the morning; an attacker's guesses are failures.
//
// An attempt takes its slot *before* its password is checked, under a lock on its address, and gives
// it back when the password was right: otherwise 40 parallel guesses would all pass the check before
// the first failure counted.
import type { Db } from '../../data/db.ts';
import { releaseSignInSlot, takeSignInSlot } from '../../data/repositories/sign-in-attempts.repository.ts';
import { AppError } from '../../shared/errors.ts';

export interface LoginThrottleOptions {
  max?: number;
  windowMs?: number;
}

/** One attempt's slot: it counts as a failure unless `release`d. */
export interface ThrottleSlot {
  /** The attempt succeeded (or failed for a reason that is no guess): it no longer counts. */
  release(): Promise<void>;
}

export class LoginThrottle {
  readonly max: number;
  readonly windowMs: number;
  readonly #db: Db;

  constructor(db: Db, options: LoginThrottleOptions = {}) {
    this.#db = db;
    this.max = options.max ?? 20;
    this.windowMs = options.windowMs ?? 10 * 60_000;
  }

  /**
   * Takes a slot for one attempt from `address`, or throws TOO_MANY_ATTEMPTS (429) with the minutes
   * until the oldest slot leaves the window.
   */
  async reserve(address: string, now: Date): Promise<ThrottleSlot> {
    const taken = await takeSignInSlot(this.#db, { address, now, max: this.max, windowMs: this.windowMs });
    if ('freeAt' in taken) {
      const minutes = Math.max(1, Math.ceil((taken.freeAt.getTime() - now.getTime()) / 60_000));
      throw new AppError('TOO_MANY_ATTEMPTS', { minutes }, { status: 429 });
    }
    return { release: () => releaseSignInSlot(this.#db, taken.id) };
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
    const slot = await this.reserve(address, now);
    try {
      const result = await work();
      await slot.release();
      return result;
    } catch (error) {
      if (!(error instanceof AppError && failures.includes(error.code))) await slot.release();
      throw error;
    }
  }
}
