// `pkp demo`: creates the demo district (Kabupaten Pati, 29 Puskesmas, a full year) and a second one
// beside it (Kabupaten Kudus, 6), and shows Pati's recap.
import { districtRecap } from '../../app/recap.ts';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import { formatNumber } from '../../shared/format.ts';
import { NATIONAL_PROVINCES } from '../../app/demo/national.ts';
import { PROVINCE_DEMO_DISTRICTS } from '../../app/demo/province.ts';
import { parseCommandArgs, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { AppError } from '../../shared/errors.ts';
import {
  builtInCatalog,
  ensureDemoDistrict,
  ensureNationalDemo,
  ensureProvinceDemo,
} from '../demo-district.ts';
import { withStore } from '../store.ts';
import { renderRecap } from './recap.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: [
    'Usage: pkp demo [--year YEAR] [--scale province|national [--districts N] [--provinces N]] [--json]',
    '',
    'Creates district 3318 (Kabupaten Pati, 29 Puskesmas, 21 with beds) with the built-in catalog and a',
    'full year of plausible monthly data, management and quality scores, then prints the district recap.',
    'Beside it, in the same province, district 3319 (Kabupaten Kudus, 6 Puskesmas) on a variant of the',
    'catalog (a few targets of its own, one UKM Pengembangan row fewer), so that every screen sees two',
    'districts. Run again, it leaves the existing demo as it is and prints the recap.',
    '',
    'Options:',
    '  --year YEAR        the demo year (default 2023; a year with a built-in catalog)',
    '  --scale province   also the other 33 kabupaten and kota of Jawa Tengah, with invented Puskesmas',
    '                     (~850 in the province, every year submitted and verified): for measuring pkp',
    '                     at province scale, best on PostgreSQL (DATABASE_URL)',
    '  --scale national   every province of Indonesia (38, with their 514 kabupaten and kota), invented',
    '                     Puskesmas (~11 000), every year submitted and verified; PostgreSQL only',
    '                     (DATABASE_URL), two districts at a time, with progress',
    '  --districts N      with --scale province: only the first N of the 33 (default all); with',
    '                     --scale national: at most N of each province',
    '  --provinces N      with --scale national: only the first N of the 38 provinces (default all)',
    '  --json             print the recap as JSON',
    '  -h, --help         this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      year: { type: 'string' },
      scale: { type: 'string' },
      districts: { type: 'string' },
      provinces: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    const year = values.year === undefined ? 2023 : parseYear(this, values.year);
    builtInCatalog(year);
    const scale = values.scale;
    if (scale !== undefined && scale !== 'province' && scale !== 'national')
      throw usageError(this, `--scale takes province or national, not ${scale}`);
    const most = scale === 'national' ? 40 : PROVINCE_DEMO_DISTRICTS.length;
    const districts = values.districts === undefined ? most : Number(values.districts);
    if (!Number.isInteger(districts) || districts < 1 || districts > most)
      throw usageError(this, `--districts takes a whole number from 1 to ${most}`);
    if (values.districts !== undefined && scale === undefined)
      throw usageError(this, '--districts goes with --scale province or national');
    const provinces = values.provinces === undefined ? NATIONAL_PROVINCES.length : Number(values.provinces);
    if (!Number.isInteger(provinces) || provinces < 1 || provinces > NATIONAL_PROVINCES.length)
      throw usageError(this, `--provinces takes a whole number from 1 to ${NATIONAL_PROVINCES.length}`);
    if (values.provinces !== undefined && scale !== 'national')
      throw usageError(this, '--provinces goes with --scale national');
    const id = ctx.locale === 'id';
    const recap = await withStore(ctx, async (store) => {
      // ~11 000 Puskesmas-years of 3 000 values each: a load for a server, not for the laptop's store.
      if (scale === 'national' && store.kind !== 'postgres')
        throw new AppError('DEMO_NATIONAL_NEEDS_POSTGRES', {}, { status: 400 });
      const { district, loaded, second, ms } = await ensureDemoDistrict(store, year, (done, total, name) =>
        ctx.err(`${id ? 'Membuat' : 'Creating'} ${String(done).padStart(2)}/${total}  ${name}`),
      );
      const seconds = formatNumber(ms / 1000, 1, ctx.locale);
      const codes = `${district.code} & ${second.district.code}`;
      ctx.err(
        loaded.created || second.loaded.created
          ? id
            ? `Kabupaten demo ${codes} tahun ${year} dibuat dalam ${seconds} dtk (${store.kind}).`
            : `Demo districts ${codes} for ${year} created in ${seconds} s (${store.kind}).`
          : id
            ? `Kabupaten demo ${codes} tahun ${year} sudah ada; tidak ada yang diubah.`
            : `Demo districts ${codes} for ${year} already exist; nothing changed.`,
      );
      if (scale === 'province') {
        const started = Date.now();
        const created = await ensureProvinceDemo(store, year, districts, (name, done, total) =>
          ctx.err(`${id ? 'Membuat' : 'Creating'} ${String(done).padStart(2)}/${total}  ${name}`),
        );
        const took = formatNumber((Date.now() - started) / 1000, 1, ctx.locale);
        ctx.err(
          id
            ? `Provinsi ${district.province.name}: ${created} Puskesmas dari ${districts} kabupaten/kota lain dibuat dalam ${took} dtk.`
            : `Province ${district.province.name}: ${created} Puskesmas of ${districts} more districts created in ${took} s.`,
        );
      }
      if (scale === 'national') {
        // ~11 000 Puskesmas-years with 3 000 values each: a load for a server, not for the laptop's store.
        if (store.kind !== 'postgres')
          throw new AppError('DEMO_NATIONAL_NEEDS_POSTGRES', {}, { status: 400 });
        const started = Date.now();
        const seconds = () => formatNumber((Date.now() - started) / 1000, 0, ctx.locale);
        const created = await ensureNationalDemo(
          store,
          year,
          { provinces, districtsEach: districts, parallel: 2 },
          (name, done, total, puskesmas) =>
            ctx.err(
              `${id ? 'Membuat' : 'Creating'} ${String(done).padStart(3)}/${total}  ${name}  ` +
                `(${formatNumber(puskesmas, 0, ctx.locale)} Puskesmas, ${seconds()} ${id ? 'dtk' : 's'})`,
            ),
        );
        const took = formatNumber((Date.now() - started) / 1000, 1, ctx.locale);
        const count = formatNumber(created, 0, ctx.locale);
        ctx.err(
          id
            ? `Nasional: ${count} Puskesmas dari ${provinces} provinsi dibuat dalam ${took} dtk.`
            : `National: ${count} Puskesmas of ${provinces} provinces created in ${took} s.`,
        );
      }
      return districtRecap(storeRepositories(store), district.code, year, 'self');
    });
    ctx.out(values.json ? JSON.stringify(recap, null, 2) : `\n${renderRecap(recap, ctx.locale)}`);
    return EXIT.ok;
  },
};
