// `pkp export`: a district-year (or one Puskesmas-year) to a file, as DHIS2 dataValueSets JSON, ADX
// XML, a FHIR R4 Bundle, or an Excel workbook (docs/exchange.md). Progress goes to stderr.
import { writeFile } from 'node:fs/promises';
import { readDistrictYear, type DistrictYearData } from '../../app/exchange/year-data.ts';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import { adxOf } from '../../exchange/adx/adx.ts';
import { dataValueSetOf } from '../../exchange/dhis2/data-value-set.ts';
import { fhirBundleOf } from '../../exchange/fhir/measure-bundle.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { parseCommandArgs, parseStage, parseYear, usageError } from '../args.ts';
import { EXIT, type CliContext, type Command } from '../command.ts';
import { withStore } from '../store.ts';
import { findDistrict, findPuskesmasUnit } from '../units.ts';

const FORMATS = ['dhis2-json', 'adx', 'fhir', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

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
    const format = values.format as Format | undefined;
    if (format === undefined || !FORMATS.includes(format))
      throw usageError(this, `--format must be one of ${FORMATS.join(', ')}`);
    const input = {
      districtCode: values.district,
      year,
      stage,
      ...(values.puskesmas !== undefined && { puskesmasCode: values.puskesmas }),
    };
    const written = await withStore(ctx, async (store) => {
      const repos = storeRepositories(store);
      if (format === 'xlsx') return exportXlsx(repos, input, ctx);
      const data = await readDistrictYear(repos, {
        ...input,
        progress: (done, total) => ctx.err(`${done}/${total} Puskesmas`),
      });
      return { bytes: Buffer.from(render(format, data), 'utf8'), puskesmas: data.puskesmas.length };
    });
    await writeFile(values.out, written.bytes);
    ctx.out(renderWritten(values.out, format, written.puskesmas, ctx.locale));
    return EXIT.ok;
  },
};

function render(format: Exclude<Format, 'xlsx'>, data: DistrictYearData): string {
  const exported = new Date();
  switch (format) {
    case 'dhis2-json':
      return `${JSON.stringify(dataValueSetOf(data), null, 2)}\n`;
    case 'adx':
      return adxOf(data, { exported });
    case 'fhir':
      return `${JSON.stringify(fhirBundleOf(data, { exported }), null, 2)}\n`;
  }
}

/** The district's workbook (recap and data), or one Puskesmas' monthly entry workbook (importable). */
async function exportXlsx(
  repos: ReturnType<typeof storeRepositories>,
  input: { districtCode: string; year: number; stage: 'self' | 'verified'; puskesmasCode?: string },
  ctx: CliContext,
): Promise<{ bytes: Buffer; puskesmas: number }> {
  const district = await findDistrict(repos, input.districtCode);
  if (input.puskesmasCode !== undefined) {
    const unit = await findPuskesmasUnit(repos, input.puskesmasCode);
    if (unit.ancestorIds[0] !== district.id)
      throw new AppError('PUSKESMAS_NOT_FOUND', { code: input.puskesmasCode }, { status: 404 });
    const { exportEntryWorkbook } = await import('../../exchange/xlsx/entry-workbook.ts');
    return {
      bytes: await exportEntryWorkbook(repos, { unit, year: input.year, now: new Date() }),
      puskesmas: 1,
    };
  }
  const { exportDistrictWorkbook } = await import('../../exchange/xlsx/district-workbook.ts');
  const bytes = await exportDistrictWorkbook(
    repos,
    input.districtCode,
    input.year,
    input.stage,
    (done, total) => ctx.err(`${done}/${total} Puskesmas`),
  );
  const puskesmas = (await repos.listDistrictResults(district.id, input.year, input.stage)).length;
  return { bytes, puskesmas };
}

function renderWritten(file: string, format: Format, puskesmas: number, locale: Locale): string {
  return locale === 'id'
    ? `${puskesmas} Puskesmas diekspor (${format}) ke ${file}.`
    : `${puskesmas} Puskesmas exported (${format}) to ${file}.`;
}
