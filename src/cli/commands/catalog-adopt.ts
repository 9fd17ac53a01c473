// `pkp catalog adopt`: a district takes another district's published catalog of a year as its own
// draft (docs/districts.md), to change and publish as its own.
import { adoptCatalog } from '../../app/catalog/catalog-adoption.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import { cliAdmin } from '../actor.ts';
import { parseCommandArgs, parseYear, usageError } from '../args.ts';
import { EXIT, type CliContext, type Command } from '../command.ts';
import { withStore } from '../store.ts';
import { findDistrict } from '../units.ts';

export const CATALOG_ADOPT_USAGE =
  '       pkp catalog adopt --district CODE --year YEAR --from CODE [--by NAME]   (another district’s published catalog as the draft)';

export async function runCatalogAdopt(command: Command, args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs(command, args, {
    district: { type: 'string' },
    year: { type: 'string' },
    from: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    ctx.out(command.usage);
    return EXIT.ok;
  }
  if (values.district === undefined) throw usageError(command, '--district is required');
  if (values.from === undefined) throw usageError(command, '--from is required');
  const year = parseYear(command, values.year);
  const { district, result } = await withStore(ctx, async (store) => {
    const found = await findDistrict(storeRepositories(store), values.district!);
    const adopted = await adoptCatalog(unitOfWork(store), {
      district: found,
      year,
      fromDistrictCode: values.from!,
      actor: cliAdmin(values.by).username,
    });
    return { district: found, result: adopted };
  });
  if (values.json) {
    ctx.out(
      JSON.stringify(
        { year, status: result.version.status, from: result.from.code, changes: result.changes },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  const id = ctx.locale === 'id';
  ctx.out(
    id
      ? `Katalog ${result.from.name} ${year} diadopsi sebagai konsep ${district.name} ${year}: ${result.changes.length} perubahan dibanding tahun lalu.`
      : `The ${result.from.name} ${year} catalog adopted as the ${district.name} ${year} draft: ${result.changes.length} changes against last year.`,
  );
  ctx.out(
    id
      ? `Ubah lalu terbitkan: pkp catalog export|import|publish --district ${district.code} --year ${year}.`
      : `Change it, then publish: pkp catalog export|import|publish --district ${district.code} --year ${year}.`,
  );
  return EXIT.ok;
}
