// `pkp recap`: the district's Puskesmas in Kelompok I/II/III, ranked inside each.
import { districtRecap, type DistrictRecap } from '../../app/recap.ts';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import { formatNumber } from '../../shared/format.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { parseCommandArgs, parseStage, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { table } from '../render.ts';
import { withStore } from '../store.ts';

export const recapCommand: Command = {
  name: 'recap',
  usage: [
    'Usage: pkp recap --district CODE --year YEAR [--stage self|verified] [--json]',
    '',
    'Options:',
    '  --district CODE   district code, e.g. 3318 (the demo district)',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --stage STAGE     self (the Puskesmas self-assessment, default) or verified (by Dinkes)',
    '  --json            machine-readable output, scores unrounded',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      district: { type: 'string' },
      year: { type: 'string' },
      stage: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (values.district === undefined) throw usageError(this, '--district is required');
    const year = parseYear(this, values.year);
    const stage = parseStage(this, values.stage);
    const recap = await withStore(ctx, (store) =>
      districtRecap(storeRepositories(store), values.district as string, year, stage),
    );
    ctx.out(values.json ? JSON.stringify(recap, null, 2) : renderRecap(recap, ctx.locale));
    return EXIT.ok;
  },
};

export function renderRecap(recap: DistrictRecap, locale: Locale): string {
  const id = locale === 'id';
  const header = id
    ? [
        'Kel.',
        'Peringkat',
        'Kode',
        'Puskesmas',
        'Pelayanan %',
        'Kat.',
        'Manajemen',
        'Kat.',
        'Mutu %',
        'Kat.',
        'Kategori',
      ]
    : [
        'Group',
        'Rank',
        'Code',
        'Puskesmas',
        'Service %',
        'Cat.',
        'Management',
        'Cat.',
        'Quality %',
        'Cat.',
        'Category',
      ];
  const rows = recap.rows.map((r) => [
    r.kelompok ?? '–',
    r.rank === null ? '–' : String(r.rank),
    r.puskesmas.code,
    r.puskesmas.name + (r.puskesmas.rawatInap ? ' (RI)' : ''),
    formatNumber(r.service, 2, locale),
    r.serviceCategory ?? '–',
    formatNumber(r.management, 2, locale),
    r.managementCategory ?? '–',
    formatNumber(r.quality, 2, locale),
    r.qualityCategory ?? '–',
    r.overallCategory ?? '–',
  ]);
  const counts = (['I', 'II', 'III'] as const).map(
    (k) => `Kelompok ${k}: ${recap.rows.filter((r) => r.kelompok === k).length}`,
  );
  const title = id
    ? `Rekapitulasi Penilaian Kinerja Puskesmas — ${recap.district.name} (${recap.district.code}), tahun ${recap.year}, ${recap.stage === 'self' ? 'penilaian mandiri' : 'hasil verifikasi'}`
    : `Puskesmas performance recap — ${recap.district.name} (${recap.district.code}), ${recap.year}, ${recap.stage === 'self' ? 'self-assessment' : 'verified'}`;
  if (rows.length === 0) return `${title}\n\n${id ? 'Belum ada hasil penilaian.' : 'No results yet.'}`;
  return `${title}\n\n${table([header, ...rows], [1, 4, 6, 8])}\n\n${counts.join('   ')}   (RI = rawat inap)`;
}
