// `pkp --help`, every command's --help, and the usage errors (exit 2) of the real CLI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, runPkpProcess } from './helpers.ts';

const COMMANDS = ['demo', 'catalog', 'score', 'recap'] as const;

let tmp: string;
let dataDir: string;

beforeAll(async () => {
  tmp = await makeTempDir();
  dataDir = join(tmp, 'data');
});

afterAll(async () => {
  await removeDir(tmp);
});

// The binary itself, as a process: what a user types.
const pkp = (...args: string[]) => runPkpProcess(args, { dataDir });

describe.concurrent('pkp help', () => {
  it('pkp --help prints the usage and every command, exit 0', async () => {
    const result = await pkp('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage');
    for (const name of COMMANDS) expect(result.stdout).toContain(name);
    expect(result.stderr).toBe('');
  });

  it('runs the same from source as from the server bundle (PKP_FROM_SOURCE=1: tsx, no build)', async () => {
    const result = await runPkpProcess(['--help'], { dataDir, env: { PKP_FROM_SOURCE: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await pkp('--help')).stdout);
  });

  it('pkp without a command prints the usage and exits 2', async () => {
    const result = await pkp();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage');
  });

  it.each(COMMANDS)('pkp %s --help prints its usage, exit 0', async (name) => {
    const result = await pkp(name, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage');
    expect(result.stdout).toContain(`pkp ${name}`);
    expect(result.stderr).toBe('');
  });

  it('pkp score -h is the short form', async () => {
    const result = await pkp('score', '-h');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--scenario FILE');
  });
});

describe.concurrent('pkp usage errors', () => {
  it('an unknown command exits 2 and names it', async () => {
    const result = await pkp('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('frobnicate');
    expect(result.stderr).toContain('Usage');
    expect(result.stdout).toBe('');
  });

  it.each(['catalog', 'recap'])('pkp %s with an unknown option exits 2 and shows its usage', async (name) => {
    const result = await pkp(name, '--bogus');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bogus');
    expect(result.stderr).toContain(`Usage: pkp ${name}`);
    expect(result.stdout).toBe('');
  });

  it('--year is required for catalog', async () => {
    const result = await pkp('catalog');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--year');
  });

  it('recap needs --district', async () => {
    const result = await pkp('recap', '--year', '2023');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--district');
  });

  it('score needs --puskesmas or --scenario, not both', async () => {
    const neither = await pkp('score', '--year', '2023');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--puskesmas or --scenario');

    const both = await pkp('score', '--scenario', 'x.json', '--puskesmas', 'P1', '--year', '2023');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
  });

  it('score rejects a bad --stage before opening the store', async () => {
    const result = await pkp('score', '--puskesmas', 'P1', '--year', '2023', '--stage', 'final');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--stage');
    // No command in this file gets as far as the store: the data directory was never created.
    expect(existsSync(dataDir)).toBe(false);
  });

  it('an invalid PKP_LANG is a configuration error, exit 1', async () => {
    const result = await runPkpProcess(['--help'], { dataDir, env: { PKP_LANG: 'fr' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PKP_LANG');
  });
});
