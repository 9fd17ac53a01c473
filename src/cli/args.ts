// Option parsing with node:util parseArgs; a bad option is a usage error that shows the command's help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../shared/errors.ts';
import type { Command } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(
  command: Command,
  args: string[],
  options: O,
  { allowPositionals = false }: { allowPositionals?: boolean } = {},
) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    throw new AppError('USAGE', { text: `${(error as Error).message}\n\n${command.usage}` });
  }
}

export function usageError(command: Command, problem: string): AppError {
  return new AppError('USAGE', { text: `${problem}\n\n${command.usage}` });
}

/** A required 4-digit year option. */
export function parseYear(command: Command, raw: string | undefined): number {
  if (raw === undefined) throw usageError(command, '--year is required');
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 2000 || year > 2100)
    throw usageError(command, `--year must be a year such as 2023, not "${raw}"`);
  return year;
}

/** --stage: self (default) or verified. */
export function parseStage(command: Command, raw: string | undefined): 'self' | 'verified' {
  if (raw === undefined || raw === 'self') return 'self';
  if (raw === 'verified') return 'verified';
  throw usageError(command, `--stage must be self or verified, not "${raw}"`);
}
