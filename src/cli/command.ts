// What every CLI command is: a name, its help, and a run function that returns an exit code.
import type { Config } from '../config.ts';
import type { Locale } from '../shared/messages/index.ts';

export interface CliContext {
  config: Config;
  locale: Locale;
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** Exit codes: 0 done, 1 a user-facing error, 2 bad usage. */
export const EXIT = { ok: 0, error: 1, usage: 2 } as const;
