// `pkp year open`: opens a district's next year for every Puskesmas on its published catalog, with
// last year's profile, UKM Pengembangan choices and open RTL actions carried on.
import { openDistrictYear } from '../../app/catalog/year-rollover.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import { cliAdmin } from '../actor.ts';
import { parseCommandArgs, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { withStore } from '../store.ts';
import { findDistrict } from '../units.ts';

export const yearCommand: Command = {
  name: 'year',
  usage: [
    'Usage: pkp year open --district CODE --year YEAR [--by NAME] [--json]',
    '',
    "Opens the year for every Puskesmas of the district on the district's published catalog of that",
    "year (pkp catalog publish), with last year's profile (what the sasaran are proposed from), last",
    "year's UKM Pengembangan choices where the row is still in the catalog, and last year's open RTL",
    "actions carried on. Last year's figures and results are only read. Running it again adds nothing twice.",
    '',
    'Options:',
    '  --district CODE   district code, e.g. 3318',
    '  --year YEAR       the year to open, e.g. 2024',
    '  --by NAME         who opens it, for the audit trail (default: cli:<your system account>)',
    '  --json            what was done per Puskesmas, machine-readable',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const [sub, ...rest] = args;
    if (sub === '--help' || sub === '-h') {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (sub !== 'open') throw usageError(this, 'the only subcommand is "open"');
    const { values } = parseCommandArgs(this, rest, {
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
    const opened = await withStore(ctx, async (store) => {
      const repos = storeRepositories(store);
      const district = await findDistrict(repos, values.district!);
      return openDistrictYear(
        { uow: unitOfWork(store), repos, clock: () => new Date() },
        { district, year, editor: cliAdmin(values.by) },
      );
    });
    if (values.json) {
      ctx.out(JSON.stringify(opened, null, 2));
      return EXIT.ok;
    }
    const id = ctx.locale === 'id';
    const count = (f: (o: (typeof opened)[number]) => number) => opened.reduce((n, o) => n + f(o), 0);
    ctx.out(
      id
        ? `Tahun ${year}: ${count((o) => (o.opened ? 1 : 0))} dari ${opened.length} Puskesmas dibuka; ` +
            `${count((o) => (o.profileCopied ? 1 : 0))} profil disalin, ${count((o) => o.choices.length)} pilihan UKM Pengembangan, ` +
            `${count((o) => o.actions)} RTL dilanjutkan.`
        : `${year}: ${count((o) => (o.opened ? 1 : 0))} of ${opened.length} Puskesmas opened; ` +
            `${count((o) => (o.profileCopied ? 1 : 0))} profiles copied, ${count((o) => o.choices.length)} UKM Pengembangan choices, ` +
            `${count((o) => o.actions)} RTL actions carried on.`,
    );
    return EXIT.ok;
  },
};
