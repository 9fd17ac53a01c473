// `pkp catalog export|import|diff|publish`: a district's catalog of a year as a document or as the
// annex workbook (docs/catalog-format.md), read back into its draft, compared with last year's, and
// published.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  diffCatalog,
  exportCatalog,
  regrouped,
  importCatalogDraft,
  publishCatalog,
} from '../../app/catalog/catalog-authoring.ts';
import { catalogFileText } from '../../app/catalog/catalog-document.ts';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import type { CatalogChange } from '../../domain/catalog/diff.ts';
import {
  exportCatalogWorkbook,
  importCatalogWorkbookDraft,
} from '../../exchange/xlsx/catalog-workbook-authoring.ts';
import { catalogWorkbook } from '../../exchange/xlsx/catalog-workbook.ts';
import { looksLikeZip } from '../../exchange/xlsx/zip-preflight.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { cliAdmin } from '../actor.ts';
import { parseYear, usageError } from '../args.ts';
import { EXIT, type CliContext, type Command } from '../command.ts';
import { withStore } from '../store.ts';
import { findDistrict } from '../units.ts';

export const CATALOG_SUBCOMMANDS = ['export', 'import', 'diff', 'publish'] as const;
export type CatalogSubcommand = (typeof CATALOG_SUBCOMMANDS)[number];

export const CATALOG_AUTHORING_USAGE = [
  '       pkp catalog export --district CODE --year YEAR --out FILE [--format json|xlsx] [--averages-by ID]',
  '           (without --district: the built-in one; xlsx, or an --out ending .xlsx: the annex workbook;',
  '            --averages-by ilp: the same rows averaged by the ILP clusters, tabel: by the decree tables)',
  '       pkp catalog import FILE --district CODE --year YEAR [--by NAME]',
  '           (a .json document or an annex workbook .xlsx, into the draft; all or nothing)',
  '       pkp catalog diff --district CODE --year YEAR [--json]   (against last year)',
  '       pkp catalog publish --district CODE --year YEAR [--by NAME]   (freezes the draft)',
];

function words(change: CatalogChange, locale: Locale): string {
  const id = locale === 'id';
  const target = (t: { printed: string; value: number | null }) => t.printed || String(t.value ?? '–');
  switch (change.change) {
    case 'added':
      return `+ ${change.code} ${change.name} (${id ? 'baru' : 'added'})`;
    case 'removed':
      return `− ${change.code} ${change.name} (${id ? 'dihapus' : 'removed'})`;
    case 'renamed':
      return `~ ${change.code} ${id ? 'nama' : 'name'}: "${change.from}" → "${change.to}"`;
    case 'moved':
      return `~ ${change.code} ${id ? 'pindah' : 'moved'}: ${change.from} → ${change.to}`;
    case 'recoded':
      return `~ ${change.code} ${id ? 'kode tahun lalu' : "last year's code"}: ${change.from}`;
    case 'target':
      return `~ ${change.code} target: ${target(change.from)} → ${target(change.to)}`;
    case 'scoring':
      return `~ ${change.code} ${id ? 'cara menilai' : 'scoring'}: ${change.fields.join(', ')}`;
    case 'group-added':
      return `+ ${change.code} ${change.name} (${id ? 'kelompok baru' : 'group added'})`;
    case 'group-removed':
      return `− ${change.code} ${change.name} (${id ? 'kelompok dihapus' : 'group removed'})`;
    case 'group-renamed':
      return `~ ${change.code} ${id ? 'nama kelompok' : 'group name'}: "${change.from}" → "${change.to}"`;
    case 'averages':
      return `~ ${id ? 'rata-rata mengikuti' : 'averages follow'}: ${change.from} → ${change.to}`;
    case 'grouping': {
      const what = id
        ? { added: 'ditambahkan', removed: 'dihapus', changed: 'berubah' }[change.what]
        : change.what;
      return `~ ${id ? 'pengelompokan' : 'grouping'} ${change.code} ${change.name}: ${what}`;
    }
  }
}

export async function runCatalogSubcommand(
  command: Command,
  sub: CatalogSubcommand,
  args: string[],
  ctx: CliContext,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        district: { type: 'string' },
        year: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        by: { type: 'string' },
        json: { type: 'boolean' },
        'averages-by': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: sub === 'import',
      strict: true,
    });
  } catch (error) {
    throw usageError(command, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    ctx.out(command.usage);
    return EXIT.ok;
  }
  const year = parseYear(command, values.year);
  const id = ctx.locale === 'id';
  const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json');
  if (format !== 'json' && format !== 'xlsx')
    throw usageError(command, `--format must be json or xlsx, not "${format}"`);

  if (sub === 'export' && values.district === undefined) {
    if (values.out === undefined) throw usageError(command, '--out is required');
    const builtIn = BUILT_IN_CATALOGS.get(year);
    if (!builtIn)
      throw new AppError('CATALOG_NOT_BUILT_IN', { year, years: [...BUILT_IN_CATALOGS.keys()].join(', ') });
    const catalog = regrouped(builtIn, values['averages-by']);
    await writeFile(
      values.out,
      format === 'xlsx' ? await catalogWorkbook(catalog) : catalogFileText(catalog),
    );
    ctx.out(
      id
        ? `Katalog bawaan ${year} ditulis ke ${values.out}.`
        : `The built-in ${year} catalog written to ${values.out}.`,
    );
    return EXIT.ok;
  }
  if (values.district === undefined) throw usageError(command, '--district is required');
  const file = sub === 'import' ? positionals[0] : undefined;
  if (sub === 'import' && (file === undefined || positionals.length !== 1))
    throw usageError(command, 'give one FILE to import');
  const bytes =
    file === undefined
      ? undefined
      : await readFile(file).catch(() => {
          throw new AppError('FILE_NOT_FOUND', { file });
        });
  const actor = cliAdmin(values.by).username;

  return withStore(ctx, async (store) => {
    const repos = storeRepositories(store);
    const district = await findDistrict(repos, values.district!);
    const at = { district, year };
    switch (sub) {
      case 'export': {
        if (values.out === undefined) throw usageError(command, '--out is required');
        await writeFile(
          values.out,
          format === 'xlsx'
            ? await exportCatalogWorkbook(repos, at, values['averages-by'])
            : await exportCatalog(repos, at, values['averages-by']),
        );
        ctx.out(
          id
            ? `Katalog ${district.name} ${year} ditulis ke ${values.out}.`
            : `${district.name} ${year} catalog written to ${values.out}.`,
        );
        return EXIT.ok;
      }
      case 'import': {
        // A workbook is a zip ("PK"), whatever the file is called; anything else is read as the JSON document.
        const { changes } = looksLikeZip(bytes!)
          ? await importCatalogWorkbookDraft(repos, { ...at, workbook: bytes!, actor })
          : await importCatalogDraft(repos, { ...at, text: bytes!.toString('utf8'), actor });
        ctx.out(
          id
            ? `Konsep katalog ${district.name} ${year} disimpan: ${changes.length} perubahan dibanding tahun lalu.`
            : `Draft catalog of ${district.name} ${year} saved: ${changes.length} changes against last year.`,
        );
        for (const change of changes) ctx.out(`  ${words(change, ctx.locale)}`);
        return EXIT.ok;
      }
      case 'diff': {
        const diff = await diffCatalog(repos, at);
        if (values.json) {
          ctx.out(JSON.stringify(diff, null, 2));
          return EXIT.ok;
        }
        ctx.out(
          diff.previousYear === null
            ? id
              ? `Tidak ada katalog tahun ${year - 1} untuk dibandingkan.`
              : `There is no ${year - 1} catalog to compare with.`
            : id
              ? `${diff.changes.length} perubahan dari ${diff.previousYear} ke ${year} (${diff.status === 'draft' ? 'konsep' : 'terbit'}):`
              : `${diff.changes.length} changes from ${diff.previousYear} to ${year} (${diff.status}):`,
        );
        for (const change of diff.changes) ctx.out(`  ${words(change, ctx.locale)}`);
        return EXIT.ok;
      }
      case 'publish': {
        await publishCatalog(repos, { ...at, actor });
        ctx.out(
          id
            ? `Katalog ${district.name} ${year} diterbitkan; sejak ini tidak dapat diubah.`
            : `The ${district.name} ${year} catalog is published; it can no longer change.`,
        );
        return EXIT.ok;
      }
    }
  });
}
