// `pkp report`: the annual report of one Puskesmas-year as PDF or DOCX, or every document of a
// district-year (recap, each Puskesmas' report, the feedback letters) in one zip, with progress.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Stage } from '../../domain/assessment/inputs.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import { DistrictReportBatches, failureWords } from '../../report/district-batch.ts';
import { annualReportFile, parseReportFormat, renderInThread } from '../../report/report-files.ts';
import { AppError } from '../../shared/errors.ts';
import { formatNumber } from '../../shared/format.ts';
import { parseCommandArgs, parseStage, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { withStore } from '../store.ts';
import { findDistrict, findPuskesmasUnit } from '../units.ts';

export const reportCommand: Command = {
  name: 'report',
  usage: [
    'Usage: pkp report --puskesmas CODE --year YEAR [--format pdf|docx] [--stage self|verified] --out FILE',
    '       pkp report --district CODE --year YEAR [--format pdf|docx] [--stage self|verified] --out FILE.zip',
    '',
    'The annual report (Laporan Penilaian Kinerja Puskesmas, Bab I–VII and appendices) of a Puskesmas-year;',
    "with --district, the district's recap, every Puskesmas' report and the feedback letters sent, in one zip",
    '(a report that fails is listed, in GAGAL.txt too, and the others are made).',
    '',
    'Options:',
    '  --puskesmas CODE  Puskesmas code, e.g. P3318001',
    '  --district CODE   district code, e.g. 3318 (instead of --puskesmas)',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --format FORMAT   pdf (default) or docx',
    "  --stage STAGE     self (the Puskesmas' own figures) or verified (Dinkes'); default: verified once",
    '                    the year is submitted and verified figures exist, else self',
    '  --out FILE        where to write the file',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      puskesmas: { type: 'string' },
      district: { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string' },
      stage: { type: 'string' },
      out: { type: 'string' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if ((values.puskesmas === undefined) === (values.district === undefined))
      throw usageError(this, 'name either --puskesmas or --district');
    if (values.out === undefined) throw usageError(this, '--out is required');
    const year = parseYear(this, values.year);
    const stage: Stage | null = values.stage === undefined ? null : parseStage(this, values.stage);
    let format;
    try {
      format = parseReportFormat(values.format);
    } catch {
      throw usageError(this, `--format must be pdf or docx, not "${values.format}"`);
    }
    const out = values.out;
    const now = new Date();
    return withStore(ctx, async (store) => {
      const repos = storeRepositories(store);
      if (values.puskesmas !== undefined) {
        const unit = await findPuskesmasUnit(repos, values.puskesmas);
        const started = Date.now();
        const file = await annualReportFile(repos, { unit, year, ...(stage ? { stage } : {}), format, now });
        await writeFile(out, file.bytes);
        ctx.err(
          `${file.filename}: ${Math.round(file.bytes.length / 1024)} KiB, ${Date.now() - started} ms → ${out}`,
        );
        return EXIT.ok;
      }
      const district = await findDistrict(repos, values.district!);
      const dir = await mkdtemp(join(tmpdir(), 'pkp-report-'));
      // Queued as a server's would be: this process makes it, unless a server on the same
      // PostgreSQL is free first; either way it is waited for here and its zip read back.
      const batches = new DistrictReportBatches({
        repos,
        uow: unitOfWork(store),
        dir,
        render: renderInThread,
        runner: { pollMs: 200 },
      });
      try {
        const started = Date.now();
        const job = await batches.start({
          districtCode: district.code,
          year,
          stage,
          format,
          startedBy: 'cli',
        });
        const done = await batches.settled(job.id, (p) => {
          if (p.current) ctx.err(`[${p.done + 1}/${p.total}] ${p.current}`);
        });
        for (const failure of done.failed) ctx.err(`GAGAL ${failureWords(failure, ctx.locale)}`);
        if (done.status !== 'done')
          throw new AppError('REPORT_JOB_NOT_DONE', { done: done.done, total: done.total });
        await pipeline(Readable.from((await batches.download(job.id)).read()), createWriteStream(out));
        const seconds = formatNumber((Date.now() - started) / 1000, 1, ctx.locale);
        const made = done.total - done.failed.length;
        ctx.err(
          ctx.locale === 'id'
            ? `${made} dari ${done.total} laporan dalam ${seconds} dtk → ${out}`
            : `${made} of ${done.total} reports in ${seconds} s → ${out}`,
        );
        return done.failed.length > 0 ? EXIT.error : EXIT.ok;
      } finally {
        await batches.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
  },
};
