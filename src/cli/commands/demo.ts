// `pkp demo`: creates the demo district (Kabupaten Pati, 29 Puskesmas, a full year) and a second one
// beside it (Kabupaten Kudus, 6), and shows Pati's recap.
import { districtRecap } from '../../app/recap.ts';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import { formatNumber } from '../../shared/format.ts';
import { parseCommandArgs, parseYear } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { builtInCatalog, ensureDemoDistrict } from '../demo-district.ts';
import { withStore } from '../store.ts';
import { renderRecap } from './recap.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: [
    'Usage: pkp demo [--year YEAR] [--json]',
    '',
    'Creates district 3318 (Kabupaten Pati, 29 Puskesmas, 21 with beds) with the built-in catalog and a',
    'full year of plausible monthly data, management and quality scores, then prints the district recap.',
    'Beside it, in the same province, district 3319 (Kabupaten Kudus, 6 Puskesmas) on a variant of the',
    'catalog (a few targets of its own, one UKM Pengembangan row fewer), so that every screen sees two',
    'districts. Run again, it leaves the existing demo as it is and prints the recap.',
    '',
    'Options:',
    '  --year YEAR   the demo year (default 2023; a year with a built-in catalog)',
    '  --json        print the recap as JSON',
    '  -h, --help    this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, { year: { type: 'string' }, json: { type: 'boolean' } });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    const year = values.year === undefined ? 2023 : parseYear(this, values.year);
    builtInCatalog(year);
    const id = ctx.locale === 'id';
    const recap = await withStore(ctx, async (store) => {
      const { plan, loaded, second, ms } = await ensureDemoDistrict(store, year, (done, total, name) =>
        ctx.err(`${id ? 'Membuat' : 'Creating'} ${String(done).padStart(2)}/${total}  ${name}`),
      );
      const seconds = formatNumber(ms / 1000, 1, ctx.locale);
      const codes = `${plan.district.code} & ${second.plan.district.code}`;
      ctx.err(
        loaded.created || second.loaded.created
          ? id
            ? `Kabupaten demo ${codes} tahun ${year} dibuat dalam ${seconds} dtk (${store.kind}).`
            : `Demo districts ${codes} for ${year} created in ${seconds} s (${store.kind}).`
          : id
            ? `Kabupaten demo ${codes} tahun ${year} sudah ada; tidak ada yang diubah.`
            : `Demo districts ${codes} for ${year} already exist; nothing changed.`,
      );
      return districtRecap(storeRepositories(store), plan.district.code, year, 'self');
    });
    ctx.out(values.json ? JSON.stringify(recap, null, 2) : `\n${renderRecap(recap, ctx.locale)}`);
    return EXIT.ok;
  },
};
