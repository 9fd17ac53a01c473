// `pkp recompute`: every stored result of a year scored afresh, district by district, on all cores.
import { recomputeResults } from '../../app/recompute.ts';
import { createScoringPool } from '../../compute/scoring-pool.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import { formatNumber } from '../../shared/format.ts';
import { parseCommandArgs, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { withStore } from '../store.ts';

export const recomputeCommand: Command = {
  name: 'recompute',
  usage: [
    'Usage: pkp recompute --year YEAR [--district CODE] [--workers N]',
    '',
    'Scores every Puskesmas-year of the year afresh from what is stored and stores the results: after a',
    "change of a catalog or of a district's settings. One district at a time, in one transaction: its",
    'Puskesmas-years are locked meanwhile (a save to one of them waits), read in a few queries, scored on',
    'worker threads and written back together. Prints a line per district, then the totals.',
    '',
    'Options:',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --district CODE   only this district (default: every district with that year)',
    '  --workers N       scoring threads (default: one per core; 0 scores in this thread)',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      year: { type: 'string' },
      district: { type: 'string' },
      workers: { type: 'string' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    const year = parseYear(this, values.year);
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 256))
      throw usageError(this, `--workers must be a whole number from 0 to 256, not "${values.workers}"`);
    const id = ctx.locale === 'id';
    const pool = workers === 0 ? undefined : createScoringPool(workers);
    const started = performance.now();
    try {
      const report = await withStore(ctx, (store) =>
        recomputeResults(
          {
            repos: storeRepositories(store),
            uow: unitOfWork(store),
            clock: () => new Date(),
            ...(pool && { score: pool.score }),
          },
          {
            year,
            ...(values.district !== undefined && { districtCode: values.district }),
            onProgress: (done, total, district) =>
              ctx.out(`[${done}/${total}] ${district.code} ${district.name}`),
          },
        ),
      );
      const seconds = formatNumber((performance.now() - started) / 1000, 1, ctx.locale);
      ctx.out(
        id
          ? `${report.results} hasil dari ${report.assessments} Puskesmas-tahun di ${report.districts} kabupaten/kota dihitung ulang dalam ${seconds} detik (${pool ? `${pool.size} utas` : 'satu utas'}).`
          : `${report.results} results of ${report.assessments} Puskesmas-years in ${report.districts} districts recomputed in ${seconds} s (${pool ? `${pool.size} threads` : 'one thread'}).`,
      );
      return EXIT.ok;
    } finally {
      await pool?.close();
    }
  },
};
