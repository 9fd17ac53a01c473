// `pkp publish`: publishes a district-year's Kelompok and ranks once every Puskesmas-year is final.
import { publishDistrict, readPublishedRecap } from '../../app/publication.service.ts';
import { districtWorkflow } from '../../app/workflow.service.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import type { PublishedRecap } from '../../shared/api/publication.schema.ts';
import { formatNumber } from '../../shared/format.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { cliAdmin } from '../actor.ts';
import { parseCommandArgs, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { table } from '../render.ts';
import { withStore } from '../store.ts';
import { findDistrict } from '../units.ts';

export const publishCommand: Command = {
  name: 'publish',
  usage: [
    'Usage: pkp publish --district CODE --year YEAR [--by NAME] [--json]',
    '',
    "Publishes the district's results of the year: every Puskesmas in Kelompok I, II or III and its rank",
    "inside it, read from Dinkes' verified result of each year, kept as published (viewers see only",
    'this). Refused unless every Puskesmas of the district has its year and every year is final; then',
    'every year becomes published. Reopening a year (pkp reopen) withdraws the publication.',
    '',
    'Options:',
    '  --district CODE   district code, e.g. 3318 (the demo district)',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --by NAME         who publishes, for the audit trail (default: cli:<your system account>)',
    '  --json            the published recap, machine-readable, scores unrounded',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      district: { type: 'string' },
      year: { type: 'string' },
      by: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (values.district === undefined) throw usageError(this, '--district is required');
    const year = parseYear(this, values.year);
    const recap = await withStore(ctx, async (store) => {
      const repos = storeRepositories(store);
      const district = await findDistrict(repos, values.district as string);
      // The command publishes what it finds: the count it read is the count it expects under the lock.
      const { rows } = await districtWorkflow(repos, { district, year });
      const record = await publishDistrict(
        { uow: unitOfWork(store), clock: () => new Date() },
        { district, year, expectedYears: rows.length, editor: cliAdmin(values.by) },
      );
      return readPublishedRecap(record, district);
    });
    ctx.out(values.json ? JSON.stringify(recap, null, 2) : renderPublished(recap, ctx.locale));
    return EXIT.ok;
  },
};

export function renderPublished(recap: PublishedRecap, locale: Locale): string {
  const id = locale === 'id';
  const counts = (['I', 'II', 'III'] as const).map(
    (k) => `Kelompok ${k}: ${recap.rows.filter((r) => r.kelompok === k).length}`,
  );
  const title = id
    ? `Hasil ${recap.district.name} (${recap.district.code}) tahun ${recap.year} dipublikasikan: ${recap.rows.length} Puskesmas, dari hasil verifikasi.`
    : `The ${recap.year} results of ${recap.district.name} (${recap.district.code}) are published: ${recap.rows.length} Puskesmas, from the verified results.`;
  const header = id
    ? ['Kel.', 'Peringkat', 'Kode', 'Puskesmas', 'Pelayanan %', 'Manajemen', 'Mutu %', 'Kategori']
    : ['Group', 'Rank', 'Code', 'Puskesmas', 'Service %', 'Management', 'Quality %', 'Category'];
  const rows = recap.rows.map((r) => [
    r.kelompok ?? '–',
    r.rank === null ? '–' : String(r.rank),
    r.puskesmas.code,
    r.puskesmas.name,
    formatNumber(r.service, 2, locale),
    formatNumber(r.management, 2, locale),
    formatNumber(r.quality, 2, locale),
    r.categories.overall ?? '–',
  ]);
  return `${title}\n\n${table([header, ...rows], [1, 4, 5, 6])}\n\n${counts.join('   ')}`;
}
