// A province's districts: adding one (its Puskesmas from a CSV list, optionally its first admin) all
// or nothing, and the list the province admin reads (docs/districts.md).
import type { ProvinceDistrictsView } from '../shared/api/districts.schema.ts';
import { AppError } from '../shared/errors.ts';
import { checkNewPassword } from './auth.service.ts';
import type { DistrictsReader, DistrictsUnitOfWork } from './district-ports.ts';
import type { Clock, OrgUnitRef, OrgUnitWithAncestors, PasswordHasher, PuskesmasRef } from './ports.ts';
import { puskesmasCsvInvalid, readPuskesmasCsv, type PuskesmasCsvIssue } from './puskesmas-csv.ts';
import { accountSnapshot, isUniqueViolation } from './users.service.ts';

export interface DistrictsDeps {
  uow: DistrictsUnitOfWork;
  hasher: PasswordHasher;
  clock: Clock;
}

export interface AddDistrictInput {
  province: OrgUnitWithAncestors;
  code: string;
  name: string;
  /** The CSV list of its Puskesmas (puskesmas-csv.ts). */
  puskesmasCsv: string;
  /** Its first admin_dinkes, with an initial password to change at the first sign-in. */
  admin?: { username: string; password: string; name?: string | undefined } | undefined;
  /** Who the audit trail names. */
  actor: string;
}

export interface AddedDistrict {
  district: OrgUnitRef;
  puskesmas: PuskesmasRef[];
  admin: { username: string } | null;
}

export function requireProvince(province: OrgUnitWithAncestors): void {
  if (province.level !== 'province')
    throw new AppError('PROVINCE_NOT_FOUND', { code: province.code }, { status: 404 });
}

/**
 * Adds a district under the province with the Puskesmas of the CSV list, and its admin when asked.
 * Every problem of the list — its shape, and a code some unit already has — comes back at once as
 * PUSKESMAS_CSV_INVALID, and nothing is written unless all of it is: one transaction.
 */
export async function addDistrict(deps: DistrictsDeps, input: AddDistrictInput): Promise<AddedDistrict> {
  requireProvince(input.province);
  const { rows, codes, issues } = readPuskesmasCsv(input.puskesmasCsv);
  const admin = input.admin;
  if (admin) checkNewPassword(admin.username, admin.password, 'admin.password');
  // Hashed before the transaction: argon2 is slow on purpose, and nothing should wait on it holding locks.
  const passwordHash = admin ? await deps.hasher.hash(admin.password) : null;
  const now = deps.clock();

  try {
    return await deps.uow(async (tx) => {
      // The Puskesmas' codes are read before the district's: an addition of the same district that
      // commits in between (each statement sees what has committed) then shows in both, and the
      // district's code, checked first, names the real clash — not its Puskesmas' codes.
      const used = new Map(
        (await tx.findOrgUnitsByCodes(codes.map((r) => r.code))).map((u) => [u.code.toUpperCase(), u]),
      );
      const taken = await tx.findOrgUnitsByCodes([input.code]);
      if (taken[0])
        throw new AppError(
          'ORG_UNIT_CODE_TAKEN',
          { code: input.code, name: taken[0].name, field: 'code' },
          { status: 409 },
        );
      const usedIssues: PuskesmasCsvIssue[] = codes.flatMap((row) => {
        const unit = used.get(row.code.toUpperCase());
        const sameAsDistrict = row.code.toUpperCase() === input.code.toUpperCase();
        if (!unit && !sameAsDistrict) return [];
        const owner = unit?.name ?? input.name;
        return [
          {
            line: row.line,
            field: 'code' as const,
            id: `baris ${row.line}, kode: ${row.code} sudah dipakai oleh ${owner}`,
            en: `row ${row.line}, code: ${row.code} is already used by ${owner}`,
          },
        ];
      });
      // By row, the code's problem first within a row, as the columns read.
      const all = [...usedIssues, ...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      if (all.length > 0) throw puskesmasCsvInvalid(all);
      if (admin && (await tx.findAccountByUsername(admin.username)))
        throw new AppError(
          'USERNAME_TAKEN',
          { username: admin.username, field: 'admin.username' },
          { status: 409 },
        );

      const created = await tx.createDistrict({
        provinceId: input.province.id,
        code: input.code,
        name: input.name,
        puskesmas: rows.map(({ code, name, rawatInap }) => ({ code, name, rawatInap })),
        actor: input.actor,
      });
      if (!admin || passwordHash === null) return { ...created, admin: null };
      const account = await tx.createAccount({
        username: admin.username,
        name: admin.name ?? `Admin Dinkes ${input.name}`,
        role: 'admin_dinkes',
        orgUnitId: created.district.id,
        passwordHash,
        mustChangePassword: true,
        at: now,
      });
      await tx.appendUserAudit({
        actor: input.actor,
        userId: account.id,
        orgUnitId: created.district.id,
        oldValue: null,
        newValue: accountSnapshot(account),
        reason: `Admin pertama ${input.name}`,
      });
      return { ...created, admin: { username: account.username } };
    });
  } catch (error) {
    // Two additions racing for the same code or username: the loser learns it as the first would have.
    if (!isUniqueViolation(error)) throw error;
    if (admin && violatedConstraint(error)?.includes('username'))
      throw new AppError(
        'USERNAME_TAKEN',
        { username: admin.username, field: 'admin.username' },
        { status: 409 },
      );
    throw new AppError('ORG_UNIT_CODE_TAKEN', { code: input.code, name: input.name }, { status: 409 });
  }
}

/** The constraint a database error names (pg and PGlite say it; drizzle wraps the error in `cause`). */
function violatedConstraint(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const constraint = (e as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
  }
  return undefined;
}

/** The province's districts, by code, with how many Puskesmas each has and its catalog years. */
export async function listProvinceDistricts(
  repos: Pick<DistrictsReader, 'listProvinceDistricts'>,
  province: OrgUnitWithAncestors,
): Promise<ProvinceDistrictsView> {
  requireProvince(province);
  const districts = await repos.listProvinceDistricts(province.id);
  return {
    province: { code: province.code, name: province.name },
    districts: districts.map((d) => ({
      code: d.code,
      name: d.name,
      puskesmas: d.puskesmas,
      catalogYears: d.catalogYears.map((y) => ({
        year: y.year,
        status: y.status,
        publishedAt: y.publishedAt?.toISOString() ?? null,
      })),
    })),
  };
}
