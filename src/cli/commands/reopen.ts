// `pkp reopen`: the admin reopens a final or published Puskesmas-year, with a reason.
import { moveYear } from '../../app/workflow.service.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import type { AssessmentStatus } from '../../domain/assessment/status.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { statusWord } from '../../shared/status-words.ts';
import { AppError } from '../../shared/errors.ts';
import { cliAdmin } from '../actor.ts';
import { parseCommandArgs, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { withStore } from '../store.ts';
import { findPuskesmasUnit } from '../units.ts';

export const reopenCommand: Command = {
  name: 'reopen',
  usage: [
    'Usage: pkp reopen --puskesmas CODE --year YEAR --reason "…" [--by NAME]',
    '',
    'Reopens a final or published Puskesmas-year for Dinkes: it goes back to verified, where Dinkes may',
    "correct it again. A published year withdraws the district's publication: its other years go back",
    'to final, and viewers see no results until the district is finalised and published again. The',
    'reason is kept in the audit trail and shown to the Puskesmas and Dinkes.',
    '',
    'Options:',
    '  --puskesmas CODE  Puskesmas code, e.g. P3318001',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --reason TEXT     why it is reopened (required)',
    '  --by NAME         who reopens, for the audit trail (default: cli:<your system account>)',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      puskesmas: { type: 'string' },
      year: { type: 'string' },
      reason: { type: 'string' },
      by: { type: 'string' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (values.puskesmas === undefined) throw usageError(this, '--puskesmas is required');
    if (values.reason === undefined) throw usageError(this, '--reason is required');
    const year = parseYear(this, values.year);
    const outcome = await withStore(ctx, async (store) => {
      const repos = storeRepositories(store);
      const unit = await findPuskesmasUnit(repos, values.puskesmas as string);
      const assessment = await repos.findAssessment(unit.code, year);
      if (!assessment)
        throw new AppError('ASSESSMENT_NOT_FOUND', { puskesmas: unit.name, year }, { status: 404 });
      const moved = await moveYear(
        { uow: unitOfWork(store), clock: () => new Date() },
        {
          unit,
          year,
          move: 'reopen',
          expectedStatus: assessment.status,
          reason: values.reason ?? null,
          editor: cliAdmin(values.by),
        },
      );
      return { ...moved, puskesmas: unit.name, district: assessment.district.name };
    });
    ctx.out(renderReopened({ ...outcome, year }, ctx.locale));
    return EXIT.ok;
  },
};

function renderReopened(
  o: {
    puskesmas: string;
    district: string;
    year: number;
    from: AssessmentStatus;
    to: AssessmentStatus;
    withdrawnPublicationId: number | null;
  },
  locale: Locale,
): string {
  const id = locale === 'id';
  const moved = id
    ? `Penilaian ${o.puskesmas} tahun ${o.year} dibuka kembali: ${statusWord(o.from, locale)} → ${statusWord(o.to, locale)}.`
    : `The ${o.year} assessment of ${o.puskesmas} is reopened: ${statusWord(o.from, locale)} → ${statusWord(o.to, locale)}.`;
  if (o.withdrawnPublicationId === null) return moved;
  return `${moved}\n${
    id
      ? `Publikasi hasil ${o.district} tahun ${o.year} ditarik; tahun lain yang dipublikasikan kembali menjadi final.`
      : `The published ${o.year} results of ${o.district} are withdrawn; its other published years are final again.`
  }`;
}
