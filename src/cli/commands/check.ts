// `pkp check`: recomputes every stored result of a year and lists each one that disagrees; --repair
// rewrites them. Exit 0 when all agree (or all were repaired), 1 when a stored result is stale.
import { checkResults, type CheckReport } from '../../app/check-results.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { parseCommandArgs, parseYear } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { table } from '../render.ts';
import { withStore } from '../store.ts';

export const checkCommand: Command = {
  name: 'check',
  usage: [
    'Usage: pkp check --year YEAR [--district CODE] [--repair] [--json]',
    '',
    'Scores every Puskesmas-year of the year afresh from its stored inputs and compares the result with',
    'the stored one (service, management and quality at full precision, the three categories, the',
    'overall category, the Kelompok). Prints one line per difference: Puskesmas, stage, field, stored,',
    'recomputed. Exit 0 when every stored result agrees, 1 when one does not.',
    '',
    'Options:',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --district CODE   only this district (default: every district)',
    '  --repair          rewrite each stale result (one transaction each) and say how many',
    '  --json            machine-readable report, numbers unrounded',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      year: { type: 'string' },
      district: { type: 'string' },
      repair: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    const year = parseYear(this, values.year);
    const report = await withStore(ctx, (store) =>
      checkResults(
        { repos: storeRepositories(store), uow: unitOfWork(store), clock: () => new Date() },
        {
          year,
          ...(values.district !== undefined && { districtCode: values.district }),
          repair: values.repair ?? false,
        },
      ),
    );
    ctx.out(values.json ? JSON.stringify(report, null, 2) : renderCheck(report, ctx.locale));
    const stale = report.differences.length > 0 && !values.repair;
    return stale ? EXIT.error : EXIT.ok;
  },
};

export function renderCheck(report: CheckReport, locale: Locale): string {
  const id = locale === 'id';
  const scope = report.district ?? (id ? 'semua kabupaten/kota' : 'every district');
  const summary = id
    ? `${report.checked} hasil tersimpan diperiksa (${scope}, tahun ${report.year}): ${report.differences.length} perbedaan.`
    : `${report.checked} stored results checked (${scope}, ${report.year}): ${report.differences.length} differences.`;
  const lines = [summary];
  if (report.differences.length > 0) {
    const header = id
      ? ['Puskesmas', 'Nama', 'Tahap', 'Isian', 'Tersimpan', 'Dihitung ulang']
      : ['Puskesmas', 'Name', 'Stage', 'Field', 'Stored', 'Recomputed'];
    const show = (v: number | string | null) => (v === null ? '–' : String(v));
    const rows = report.differences.map((d) => [
      d.puskesmas.code,
      d.puskesmas.name,
      d.stage,
      d.field,
      show(d.stored),
      show(d.recomputed),
    ]);
    lines.push('', table([header, ...rows]));
  }
  if (report.repaired > 0)
    lines.push(
      '',
      id
        ? `${report.repaired} hasil diperbaiki (dihitung ulang dan disimpan).`
        : `${report.repaired} results repaired (recomputed and stored).`,
    );
  return lines.join('\n');
}
