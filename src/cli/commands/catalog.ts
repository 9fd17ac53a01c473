// `pkp catalog`: the indicators of a year, as the decree prints them (or a district's stored version).
import { catalogRows } from '../../app/catalog-listing.ts';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import { AppError } from '../../shared/errors.ts';
import { parseCommandArgs, parseYear } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { table } from '../render.ts';
import { withStore } from '../store.ts';
import { CATALOG_ADOPT_USAGE, runCatalogAdopt } from './catalog-adopt.ts';
import { CATALOG_AUTHORING_USAGE, CATALOG_SUBCOMMANDS, runCatalogSubcommand } from './catalog-authoring.ts';

export const catalogCommand: Command = {
  name: 'catalog',
  usage: [
    'Usage: pkp catalog --year YEAR [--district CODE] [--json]',
    ...CATALOG_AUTHORING_USAGE,
    CATALOG_ADOPT_USAGE,
    '',
    'Without --district: the catalog built into pkp for that year (2023: the Pati decree SK 800/0022,',
    'Tables 1–5). With --district: the version that district adopted, from the database.',
    '',
    'Options:',
    '  --year YEAR       e.g. 2023',
    '  --district CODE   a district code, e.g. 3318',
    '  --json            an array with one object per indicator',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    if (args[0] === 'adopt') return runCatalogAdopt(this, args.slice(1), ctx);
    const sub = CATALOG_SUBCOMMANDS.find((s) => s === args[0]);
    if (sub) return runCatalogSubcommand(this, sub, args.slice(1), ctx);
    const { values } = parseCommandArgs(this, args, {
      year: { type: 'string' },
      district: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    const year = parseYear(this, values.year);
    const district = values.district;
    const catalog: Catalog | undefined =
      district === undefined
        ? BUILT_IN_CATALOGS.get(year)
        : await withStore(ctx, async (store) => {
            const repos = storeRepositories(store);
            if (!(await repos.findDistrict(district)))
              throw new AppError('DISTRICT_NOT_FOUND', { code: district }, { status: 404 });
            return repos.loadDistrictCatalog(district, year);
          });
    if (!catalog) {
      throw district === undefined
        ? new AppError(
            'CATALOG_NOT_BUILT_IN',
            { year, years: [...BUILT_IN_CATALOGS.keys()].join(', ') },
            { status: 404 },
          )
        : new AppError('CATALOG_NOT_FOUND', { year, district }, { status: 404 });
    }
    const rows = catalogRows(catalog);
    if (values.json) {
      ctx.out(JSON.stringify(rows, null, 2));
      return EXIT.ok;
    }
    const id = ctx.locale === 'id';
    const header = id
      ? ['Kode', 'Indikator', 'Satuan', 'Target', 'Sasaran', 'Jenis']
      : ['Code', 'Indicator', 'Unit', 'Target', 'Sasaran', 'Kind'];
    const cut = (text: string, n: number) =>
      [...text].length > n ? `${[...text].slice(0, n - 1).join('')}…` : text;
    const body = rows.map((r) => [
      r.code,
      cut(r.name, 60),
      cut(r.unit, 14),
      cut(r.target.printed || '–', 14),
      cut(r.sasaran, 24),
      r.kind + (r.interpretation ? ' *' : ''),
    ]);
    ctx.out(
      `${catalog.source}\n\n${table([header, ...body])}\n\n${rows.length} ${id ? 'indikator; * = ditafsirkan, lihat docs/catalog-notes.md' : 'indicators; * = interpreted, see docs/catalog-notes.md'}`,
    );
    return EXIT.ok;
  },
};
