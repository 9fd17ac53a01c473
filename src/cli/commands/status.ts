// `pkp status`: every Puskesmas-year of a district with its status in the assessment cycle, and the
// district's publication of the year.
import { districtWorkflow } from '../../app/workflow.service.ts';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import { localDate } from '../../domain/periods/calendar.ts';
import type { DistrictWorkflow } from '../../shared/api/workflow.schema.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { statusWord } from '../../shared/status-words.ts';
import { parseCommandArgs, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { table } from '../render.ts';
import { withStore } from '../store.ts';
import { findDistrict } from '../units.ts';

export const statusCommand: Command = {
  name: 'status',
  usage: [
    'Usage: pkp status --district CODE --year YEAR [--json]',
    '',
    'Lists every Puskesmas of the district with the status of its year — draft, submitted, verified,',
    'final, published, or not opened — and the day (WIB) it last reached each; then how many are in',
    "each status, and the district's publication of the year (in force, or withdrawn and why).",
    '',
    'Options:',
    '  --district CODE   district code, e.g. 3318 (the demo district)',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --json            machine-readable output',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      district: { type: 'string' },
      year: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (values.district === undefined) throw usageError(this, '--district is required');
    const year = parseYear(this, values.year);
    const view = await withStore(ctx, async (store) => {
      const repos = storeRepositories(store);
      return districtWorkflow(repos, {
        district: await findDistrict(repos, values.district as string),
        year,
      });
    });
    ctx.out(values.json ? JSON.stringify(view, null, 2) : renderStatus(view, ctx.locale));
    return EXIT.ok;
  },
};

const day = (iso: string | null) => (iso === null ? '–' : localDate(new Date(iso)));

export function renderStatus(view: DistrictWorkflow, locale: Locale): string {
  const id = locale === 'id';
  const title = id
    ? `Status penilaian — ${view.district.name} (${view.district.code}), tahun ${view.year}`
    : `Assessment status — ${view.district.name} (${view.district.code}), ${view.year}`;
  const header = id
    ? ['Kode', 'Puskesmas', 'Status', 'Diajukan', 'Diverifikasi', 'Final', 'Dipublikasikan']
    : ['Code', 'Puskesmas', 'Status', 'Submitted', 'Verified', 'Final', 'Published'];
  const rows = view.rows.map((r) => [
    r.puskesmas.code,
    r.puskesmas.name,
    statusWord(r.status, locale),
    day(r.stamps.submittedAt),
    day(r.stamps.verifiedAt),
    day(r.stamps.finalisedAt),
    day(r.stamps.publishedAt),
  ]);
  const c = view.counts;
  const counts = [
    [null, c.notOpened],
    ['draft', c.draft],
    ['submitted', c.submitted],
    ['verified', c.verified],
    ['final', c.final],
    ['published', c.published],
  ] as const;
  const summary = counts
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${statusWord(status, locale)}: ${n}`)
    .join('   ');
  const lines = [title, '', table([header, ...rows]), '', summary];
  const p = view.publication;
  if (p)
    lines.push(
      id
        ? `Hasil dipublikasikan ${day(p.publishedAt)} oleh ${p.publishedBy}.`
        : `Results published on ${day(p.publishedAt)} by ${p.publishedBy}.`,
    );
  else if (view.publishable)
    lines.push(
      id ? 'Semua final: siap dipublikasikan (pkp publish).' : 'All final: ready to publish (pkp publish).',
    );
  else lines.push(id ? 'Hasil belum dipublikasikan.' : 'Results not published.');
  for (const w of view.publications.filter((x) => x.withdrawnAt !== null))
    lines.push(
      id
        ? `Publikasi ${day(w.publishedAt)} ditarik ${day(w.withdrawnAt)} oleh ${w.withdrawnBy}: ${w.withdrawReason}`
        : `Publication of ${day(w.publishedAt)} withdrawn on ${day(w.withdrawnAt)} by ${w.withdrawnBy}: ${w.withdrawReason}`,
    );
  return lines.join('\n');
}
