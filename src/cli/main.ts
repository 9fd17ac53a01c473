// The `pkp` command line: dispatches to one file per command and turns errors into messages.
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { AppError } from '../shared/errors.ts';
import type { Locale } from '../shared/messages/index.ts';
import { EXIT, type CliContext, type Command } from './command.ts';

interface CommandEntry {
  name: string;
  summary: string;
  /** Loaded on use: `pkp --help` and a scenario need neither the database nor the catalog. */
  load(): Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'demo',
    summary: 'Create the demo district 3318 with a full year of data, and show its recap',
    load: async () => (await import('./commands/demo.ts')).demoCommand,
  },
  {
    name: 'catalog',
    summary: 'List the indicator catalog of a year',
    load: async () => (await import('./commands/catalog.ts')).catalogCommand,
  },
  {
    name: 'score',
    summary: 'Score one Puskesmas-year, or a scenario file (no database)',
    load: async () => (await import('./commands/score.ts')).scoreCommand,
  },
  {
    name: 'recap',
    summary: 'District recap: axes, categories, Kelompok and rank of every Puskesmas',
    load: async () => (await import('./commands/recap.ts')).recapCommand,
  },
  {
    name: 'check',
    summary: 'Recompute every stored result of a year and list those that disagree (--repair rewrites them)',
    load: async () => (await import('./commands/check.ts')).checkCommand,
  },
  {
    name: 'recompute',
    summary: 'Score every stored result of a year afresh, district by district, on all cores',
    load: async () => (await import('./commands/recompute.ts')).recomputeCommand,
  },
  {
    name: 'status',
    summary: 'Every Puskesmas-year of a district with its status (draft … published), and the publication',
    load: async () => (await import('./commands/status.ts')).statusCommand,
  },
  {
    name: 'publish',
    summary: "Publish a district-year's Kelompok and ranks once every Puskesmas-year is final",
    load: async () => (await import('./commands/publish.ts')).publishCommand,
  },
  {
    name: 'reopen',
    summary: 'Reopen a final or published Puskesmas-year, with a reason (withdraws a publication)',
    load: async () => (await import('./commands/reopen.ts')).reopenCommand,
  },
  {
    name: 'export',
    summary: 'Export a district-year as DHIS2 JSON, ADX XML, a FHIR R4 Bundle or Excel',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  {
    name: 'import',
    summary: 'Import values from DHIS2 JSON, ADX XML or a pkp entry workbook, all or nothing',
    load: async () => (await import('./commands/import.ts')).importCommand,
  },
  {
    name: 'year',
    summary:
      "Open a district's next year on its published catalog (profiles, choices and open RTL carried on)",
    load: async () => (await import('./commands/year.ts')).yearCommand,
  },
  {
    name: 'district',
    summary: 'Add a district under its province (its Puskesmas from a CSV list, its first admin); list them',
    load: async () => (await import('./commands/district.ts')).districtCommand,
  },
  {
    name: 'report',
    summary: "The annual report of a Puskesmas-year (PDF, DOCX), or a district's documents in one zip",
    load: async () => (await import('./commands/report.ts')).reportCommand,
  },
  {
    name: 'backup',
    summary: 'Write the whole store (database and evidence files) to one file',
    load: async () => (await import('./commands/backup.ts')).backupCommand,
  },
  {
    name: 'restore',
    summary: 'Restore a backup into an empty store, then migrate it to this pkp',
    load: async () => (await import('./commands/restore.ts')).restoreCommand,
  },
  {
    name: 'serve',
    summary: 'Serve the web application (API and UI); --demo adds the demo district and accounts',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'pkp — Penilaian Kinerja Puskesmas',
    '',
    'Usage: pkp <command> [options]      (pkp <command> --help for its options)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Environment: PKP_DATA_DIR (default ./data, the embedded database), DATABASE_URL (PostgreSQL instead),',
    '             PKP_LANG (id | en, default id), PORT and HOST (pkp serve; default 3000, 127.0.0.1),',
    '             PKP_TRUST_PROXY=1 behind a reverse proxy (pkp serve), PKP_METRICS_TOKEN (/metrics from elsewhere).',
  ].join('\n');
}

/**
 * Runs one command. `io` and `env` are the process' own unless given: a test runs commands in its
 * own process, each with its environment (PKP_DATA_DIR, DATABASE_URL, PKP_LANG), one after another.
 */
export async function main(
  argv: string[],
  io: Pick<CliContext, 'out' | 'err'> = defaultIo(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let locale: Locale = 'id';
  try {
    const config = loadConfig(env);
    locale = config.PKP_LANG;
    z.config(locale === 'id' ? z.locales.id() : z.locales.en());
    const [name, ...rest] = argv;
    if (name === '--help' || name === '-h' || name === 'help') {
      io.out(help());
      return EXIT.ok;
    }
    if (name === undefined) {
      io.err(help());
      return EXIT.usage;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) {
      io.err(`pkp: unknown command "${name}"\n\n${help()}`);
      return EXIT.usage;
    }
    const command = await entry.load();
    return await command.run(rest, { config, locale, ...io });
  } catch (error) {
    if (error instanceof AppError) {
      const message = error.localized(locale);
      io.err(message);
      const details = locale === 'en' && error.params.issuesEn ? error.params.issuesEn : error.params.issues;
      // A list of problems follows its message, even a list of one, unless the message holds it.
      if (typeof details === 'string' && details !== '' && !message.includes(details)) io.err(details);
      return error.code === 'USAGE' ? EXIT.usage : EXIT.error;
    }
    throw error;
  }
}

function defaultIo(): Pick<CliContext, 'out' | 'err'> {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}
