// `pkp import FILE`: values from a DHIS2 dataValueSets JSON, an ADX XML or a pkp Excel entry workbook,
// told apart by their content, checked all first and written all or nothing (docs/exchange.md).
// Exit 0 when imported (or a clean dry run), 1 when there is a conflict: then nothing is written.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importParsedValues } from '../../app/exchange/import-year-values.ts';
import type { ImportSummary } from '../../app/exchange/imported-values.ts';
import type { Editor } from '../../app/year-write.ts';
import { storeAccounts } from '../../data/adapters/accounts.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import { dhis2ImportSummary } from '../../exchange/dhis2/data-value-set.ts';
import { detectFormat, parseImportFile, type ImportFormat } from '../../exchange/exchange-files.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { cliAdmin } from '../actor.ts';
import { usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { withStore } from '../store.ts';

export const importCommand: Command = {
  name: 'import',
  usage: [
    'Usage: pkp import FILE [--dry-run] [--as USERNAME] [--reason TEXT] [--json]',
    '',
    'Imports the values of a file into their Puskesmas-years: a DHIS2 dataValueSets JSON or an ADX XML',
    '(as pkp export writes them), or a monthly entry workbook (xlsx) exported by pkp; the format is told',
    "by the file's content. Every value is checked first; when any is refused nothing is written and",
    'each refusal is listed with its place in the file. Otherwise all values are written in one',
    'transaction and each Puskesmas-year is scored again. Stored scores in the file are not imported.',
    '',
    'Options:',
    '  --dry-run         check and count only: what would be imported, updated or ignored',
    '  --as USERNAME     import as this pkp account (its role decides what it may change); default:',
    '                    the Dinkes admin, recorded as cli:<your system account>',
    '  --reason TEXT     kept in the audit trail of every value (default: the file name); also the',
    '                    reason for correcting a month already reported to Dinkes',
    "  --json            the summary as DHIS2's import summary (JSON)",
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    let parsedArgs;
    try {
      parsedArgs = parseArgs({
        args,
        options: {
          'dry-run': { type: 'boolean' },
          as: { type: 'string' },
          reason: { type: 'string' },
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw usageError(this, (error as Error).message);
    }
    const { values, positionals } = parsedArgs;
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw usageError(this, 'give one FILE to import');
    const file = positionals[0] as string;
    const bytes = await readBytes(file);
    const format = detectFormat(bytes);
    if (format === 'fhir') throw new AppError('IMPORT_FORMAT_UNAVAILABLE', { format: 'FHIR (impor)' });
    if (format === undefined) throw new AppError('IMPORT_FORMAT_UNKNOWN', { file });
    const parsed = await parseImportFile(format, bytes);
    const summary = await withStore(ctx, async (store) => {
      const editor = await editorOf(store, values.as);
      return importParsedValues(
        { uow: unitOfWork(store), repos: storeRepositories(store), clock: () => new Date() },
        parsed,
        {
          dryRun: values['dry-run'] ?? false,
          editor,
          reason: values.reason?.trim() || `Impor berkas ${basename(file)}`,
        },
      );
    });
    ctx.out(
      values.json
        ? JSON.stringify(dhis2ImportSummary(summary, ctx.locale), null, 2)
        : renderImport(summary, format, ctx.locale),
    );
    return summary.status === 'error' ? EXIT.error : EXIT.ok;
  },
};

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('FILE_NOT_FOUND', { file });
    throw new AppError('FILE_UNREADABLE', { file, reason: code ?? String(error) });
  }
}

/** The account named by --as (its role decides what the import may change), else the Dinkes admin. */
async function editorOf(
  store: Parameters<typeof storeAccounts>[0],
  username: string | undefined,
): Promise<Editor> {
  if (username === undefined) return cliAdmin(undefined);
  const account = await storeAccounts(store).findAccountByUsername(username);
  if (!account?.active) throw new AppError('IMPORT_USER_NOT_FOUND', { username }, { status: 404 });
  return { username: account.username, role: account.role };
}

export function renderImport(summary: ImportSummary, format: ImportFormat, locale: Locale): string {
  const id = locale === 'id';
  const counts = id
    ? `${summary.imported} baru, ${summary.updated} diubah, ${summary.ignored} sama/diabaikan`
    : `${summary.imported} new, ${summary.updated} updated, ${summary.ignored} unchanged/ignored`;
  const head =
    summary.status === 'error'
      ? id
        ? `Impor ${format} dibatalkan: ${summary.conflicts.length} konflik, tidak ada yang disimpan.`
        : `${format} import refused: ${summary.conflicts.length} conflicts, nothing was stored.`
      : summary.dryRun
        ? id
          ? `Uji coba impor ${format} (tidak ada yang disimpan): ${counts}.`
          : `${format} import dry run (nothing stored): ${counts}.`
        : id
          ? `Impor ${format} selesai: ${counts}.`
          : `${format} import done: ${counts}.`;
  const lines = [head];
  for (const c of summary.conflicts) lines.push(`  ${c.source[locale]}: ${c.reason[locale]}`);
  const skipped = summary.skipped?.length ?? 0;
  if (skipped > 0)
    lines.push(
      id
        ? `${skipped} skor di berkas tidak diimpor: pkp menghitung skor dari isian.`
        : `${skipped} scores in the file were not imported: pkp computes scores from the values.`,
    );
  return lines.join('\n');
}
