// The per-address limit on failed sign-ins: at most `max` in any `windowMs` (default 20 in 10 minutes).
//
// Kept in memory: one pkp process serves a district (the embedded database allows a single writer),
// the counts are worthless after a restart anyway, and failed attempts then never become writes. The
// durable guard is the per-account lock-out in the database. Only failures count, because a
// Puskesmas' staff often share one public address behind NAT and must all be able to sign in in
// the morning; an attacker's guesses are failures.
import { AppError } from '../../shared/errors.ts';

export interface LoginThrottleOptions {
  max?: number;
  windowMs?: number;
  /** Addresses remembered at most (the oldest are forgotten first). */
  maxAddresses?: number;
}

export class LoginThrottle {
  readonly max: number;
  readonly windowMs: number;
  readonly #maxAddresses: number;
  /** Failure times per address, oldest first. */
  readonly #failures = new Map<string, number[]>();

  constructor(options: LoginThrottleOptions = {}) {
    this.max = options.max ?? 20;
    this.windowMs = options.windowMs ?? 10 * 60_000;
    this.#maxAddresses = options.maxAddresses ?? 10_000;
  }

  #recent(address: string, now: Date): number[] {
    const since = now.getTime() - this.windowMs;
    const times = (this.#failures.get(address) ?? []).filter((t) => t > since);
    if (times.length === 0) this.#failures.delete(address);
    else this.#failures.set(address, times);
    return times;
  }

  /** Throws TOO_MANY_ATTEMPTS (429) with the minutes until the oldest failure leaves the window. */
  check(address: string, now: Date): void {
    const times = this.#recent(address, now);
    if (times.length < this.max) return;
    const freeAt = times[times.length - this.max]! + this.windowMs;
    const minutes = Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
    throw new AppError('TOO_MANY_ATTEMPTS', { minutes }, { status: 429 });
  }

  fail(address: string, now: Date): void {
    const times = this.#recent(address, now);
    this.#failures.delete(address);
    this.#failures.set(address, [...times, now.getTime()].slice(-this.max));
    if (this.#failures.size > this.#maxAddresses) {
      this.#failures.delete(this.#failures.keys().next().value!);
    }
  }
}
