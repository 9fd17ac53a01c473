// `pkp district add | list`: a new district under its province, with its Puskesmas from a CSV list and
// optionally its first admin (docs/districts.md); and the province's districts.
import { readFile } from 'node:fs/promises';
import { addDistrict, listProvinceDistricts } from '../../app/districts.service.ts';
import type { DistrictsReader } from '../../app/district-ports.ts';
import { districtsUnitOfWork, storeDistricts } from '../../data/adapters/districts.ts';
import { argon2Hasher } from '../../http/auth/passwords.ts';
import { AddDistrictBody } from '../../shared/api/districts.schema.ts';
import { AppError } from '../../shared/errors.ts';
import { cliAdmin } from '../actor.ts';
import { parseCommandArgs, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { table } from '../render.ts';
import { withStore } from '../store.ts';

/** The option each field of AddDistrictBody comes from, to name it in a usage error. */
const OPTION_OF: Record<string, string> = {
  code: '--code',
  name: '--name',
  puskesmas: '--puskesmas',
  'admin.username': '--admin',
  'admin.password': '--password',
};

async function findProvince(repos: Pick<DistrictsReader, 'findOrgUnit'>, code: string) {
  const unit = await repos.findOrgUnit(code);
  if (unit?.level !== 'province') throw new AppError('PROVINCE_NOT_FOUND', { code }, { status: 404 });
  return unit;
}

export const districtCommand: Command = {
  name: 'district',
  usage: [
    'Usage: pkp district add --province CODE --code CODE --name NAME --puskesmas FILE.csv',
    '                        [--admin USERNAME --password PASSWORD] [--by NAME]',
    '       pkp district list --province CODE [--json]',
    '',
    'add: creates the district under its province with the Puskesmas of the CSV list, all or nothing:',
    'every problem of the list is named by its row and field, and then nothing is stored. The list has',
    'a header and one Puskesmas a row: kode,nama,rawat_inap (or code,name,rawat_inap); rawat_inap is',
    'ya/tidak, true/false or 1/0; ";" works as the separator too (docs/districts.md). With --admin, the',
    "district's first admin_dinkes is created too; the password is an initial one, to be changed at the",
    'first sign-in. Its catalog comes next: pkp catalog adopt, or pkp catalog import.',
    '',
    'list: the districts of a province, with how many Puskesmas each has and its catalog years.',
    '',
    'Options:',
    '  --province CODE      the province, e.g. 33',
    '  --code CODE          the new district, e.g. 3319 (letters, digits, . _ -)',
    '  --name NAME          e.g. "Kabupaten Kudus"',
    '  --puskesmas FILE     the CSV list of its Puskesmas',
    '  --admin USERNAME     its first admin account (with --password)',
    "  --password PASSWORD  that account's initial password",
    '  --by NAME            who adds it, for the audit trail (default: cli:<your system account>)',
    '  --json               the result as JSON',
    '  -h, --help           this help',
  ].join('\n'),
  async run(args, ctx) {
    const [sub, ...rest] = args;
    if (sub === '--help' || sub === '-h') {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (sub !== 'add' && sub !== 'list') throw usageError(this, 'the subcommands are "add" and "list"');
    const { values } = parseCommandArgs(this, rest, {
      province: { type: 'string' },
      code: { type: 'string' },
      name: { type: 'string' },
      puskesmas: { type: 'string' },
      admin: { type: 'string' },
      password: { type: 'string' },
      by: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (values.province === undefined) throw usageError(this, '--province is required');
    const province = values.province;
    const id = ctx.locale === 'id';

    if (sub === 'list') {
      const view = await withStore(ctx, async (store) => {
        const repos = storeDistricts(store);
        return listProvinceDistricts(repos, await findProvince(repos, province));
      });
      if (values.json) {
        ctx.out(JSON.stringify(view, null, 2));
        return EXIT.ok;
      }
      const header = id ? ['Kode', 'Nama', 'Puskesmas', 'Katalog'] : ['Code', 'Name', 'Puskesmas', 'Catalog'];
      const status = (s: 'draft' | 'published') =>
        s === 'draft' ? (id ? 'konsep' : 'draft') : id ? 'terbit' : 'published';
      const rows = view.districts.map((d) => [
        d.code,
        d.name,
        String(d.puskesmas),
        d.catalogYears.map((y) => `${y.year} (${status(y.status)})`).join(', ') || '–',
      ]);
      ctx.out(`${view.province.name} (${view.province.code})\n\n${table([header, ...rows])}`);
      return EXIT.ok;
    }

    for (const option of ['code', 'name', 'puskesmas'] as const)
      if (values[option] === undefined) throw usageError(this, `--${option} is required`);
    if ((values.admin === undefined) !== (values.password === undefined))
      throw usageError(this, '--admin and --password go together');
    const file = values.puskesmas!;
    const csv = await readFile(file, 'utf8').catch(() => {
      throw new AppError('FILE_NOT_FOUND', { file });
    });
    const parsed = AddDistrictBody.safeParse({
      code: values.code,
      name: values.name,
      puskesmas: csv,
      ...(values.admin !== undefined && { admin: { username: values.admin, password: values.password } }),
    });
    if (!parsed.success)
      throw usageError(
        this,
        parsed.error.issues
          .map((i) => `${OPTION_OF[i.path.join('.')] ?? i.path.join('.')}: ${i.message}`)
          .join('\n'),
      );
    const body = parsed.data;
    const added = await withStore(ctx, async (store) =>
      addDistrict(
        { uow: districtsUnitOfWork(store), hasher: argon2Hasher, clock: () => new Date() },
        {
          province: await findProvince(storeDistricts(store), province),
          code: body.code,
          name: body.name,
          puskesmasCsv: body.puskesmas,
          admin: body.admin,
          actor: cliAdmin(values.by).username,
        },
      ),
    );
    if (values.json) {
      ctx.out(
        JSON.stringify(
          {
            district: { code: added.district.code, name: added.district.name },
            puskesmas: added.puskesmas.map(({ code, name, rawatInap }) => ({ code, name, rawatInap })),
            admin: added.admin,
          },
          null,
          2,
        ),
      );
      return EXIT.ok;
    }
    const beds = added.puskesmas.filter((p) => p.rawatInap).length;
    ctx.out(
      id
        ? `${added.district.name} (${added.district.code}) ditambahkan dengan ${added.puskesmas.length} Puskesmas (${beds} rawat inap).`
        : `${added.district.name} (${added.district.code}) added with ${added.puskesmas.length} Puskesmas (${beds} with beds).`,
    );
    if (added.admin)
      ctx.out(
        id
          ? `Akun admin ${added.admin.username} dibuat; kata sandinya harus diganti saat masuk pertama kali.`
          : `Admin account ${added.admin.username} created; its password must be changed at the first sign-in.`,
      );
    ctx.out(
      id
        ? `Berikutnya: katalognya (pkp catalog adopt --district ${added.district.code} --year TAHUN --from KODE, atau pkp catalog import).`
        : `Next: its catalog (pkp catalog adopt --district ${added.district.code} --year YEAR --from CODE, or pkp catalog import).`,
    );
    return EXIT.ok;
  },
};
