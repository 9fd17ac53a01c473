// `pkp export`: a district-year (or one Puskesmas-year) to a file, as DHIS2 dataValueSets JSON, ADX
// XML, a FHIR R4 Bundle, or an Excel workbook (docs/exchange.md). Progress goes to stderr.
import { writeFile } from 'node:fs/promises';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import { EXPORT_FORMATS, exportDistrictFile, type ExportFormat } from '../../exchange/exchange-files.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { parseCommandArgs, parseStage, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { withStore } from '../store.ts';
import { findDistrict, findPuskesmasUnit } from '../units.ts';

export const exportCommand: Command = {
  name: 'export',
  usage: [
    'Usage: pkp export --district CODE --year YEAR --format FORMAT --out FILE [--stage self|verified]',
    '                  [--puskesmas CODE]',
    '',
    "Writes a district-year's data to a file: every opened Puskesmas-year's targets and sasaran,",
    'monthly values, management and quality scores, and its stored scores. Codes, periods and what each',
    'format holds: docs/exchange.md.',
    '',
    'Formats:',
    '  dhis2-json   DHIS2 dataValueSets JSON (data elements and org units by code); pkp import reads it',
    '  adx          IHE ADX XML (urn:ihe:qrph:adx:2015), the same codes; pkp import reads it',
    '  fhir         FHIR R4 Bundle: the catalog as Measures, each Puskesmas-year as MeasureReports',
    "  xlsx         Excel: the district's recap and data; with --puskesmas, its monthly entry workbook",
    '',
    'Options:',
    '  --district CODE   district code, e.g. 3318',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --format FORMAT   dhis2-json, adx, fhir or xlsx',
    '  --out FILE        where to write (overwritten)',
    "  --stage STAGE     self (the Puskesmas' own figures, default) or verified (with Dinkes' corrections)",
    '  --puskesmas CODE  only this Puskesmas of the district',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      district: { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      stage: { type: 'string' },
      puskesmas: { type: 'string' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (values.district === undefined) throw usageError(this, '--district is required');
    if (values.out === undefined) throw usageError(this, '--out is required');
    const year = parseYear(this, values.year);
    const stage = parseStage(this, values.stage);
    const format = EXPORT_FORMATS.find((f) => f === values.format);
    if (format === undefined) throw usageError(this, `--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const input = {
      districtCode: values.district,
      year,
      stage,
      ...(values.puskesmas !== undefined && { puskesmasCode: values.puskesmas }),
    };
    const written = await withStore(ctx, async (store) => {
      const repos = storeRepositories(store);
      if (format === 'xlsx' && input.puskesmasCode !== undefined) return entryWorkbook(repos, input);
      return exportDistrictFile(repos, {
        ...input,
        format,
        now: new Date(),
        progress: (done, total) => ctx.err(`${done}/${total} Puskesmas`),
      });
    });
    await writeFile(values.out, written.bytes);
    ctx.out(renderWritten(values.out, format, written.puskesmas, ctx.locale));
    return EXIT.ok;
  },
};

/** One Puskesmas' monthly entry workbook (importable), for `--format xlsx --puskesmas CODE`. */
async function entryWorkbook(
  repos: ReturnType<typeof storeRepositories>,
  input: { districtCode: string; year: number; puskesmasCode?: string },
): Promise<{ bytes: Buffer; puskesmas: number }> {
  const district = await findDistrict(repos, input.districtCode);
  const unit = await findPuskesmasUnit(repos, input.puskesmasCode!);
  if (unit.ancestorIds[0] !== district.id)
    throw new AppError('PUSKESMAS_NOT_FOUND', { code: input.puskesmasCode! }, { status: 404 });
  const { exportEntryWorkbook } = await import('../../exchange/xlsx/entry-workbook.ts');
  return {
    bytes: await exportEntryWorkbook(repos, { unit, year: input.year, now: new Date() }),
    puskesmas: 1,
  };
}

function renderWritten(file: string, format: ExportFormat, puskesmas: number, locale: Locale): string {
  return locale === 'id'
    ? `${puskesmas} Puskesmas diekspor (${format}) ke ${file}.`
    : `${puskesmas} Puskesmas exported (${format}) to ${file}.`;
}
