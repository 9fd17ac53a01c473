// The districts API's shapes (zod): a province's districts, adding one with its Puskesmas (a CSV list)
// and its first admin, and a district adopting another's published catalog of a year.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './auth.schema.ts';
import { CatalogStatus } from './years.schema.ts';
import { Username } from './users.schema.ts';

/**
 * A new org unit's code: it ends up in addresses (/api/puskesmas/P3318001) and file names, so letters,
 * digits and `.`, `_`, `-`, at most 40 (the API's UnitCode).
 */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export const OrgUnitCode = z
  .string()
  .trim()
  .regex(UNIT_CODE_PATTERN, 'A–Z, a–z, 0–9, . _ - (1–40 characters)');

export const ProvinceParams = z.object({ code: z.string().min(1).max(40) });

/** The district's first admin_dinkes: an initial password, to be changed at the first sign-in. */
export const DistrictAdminBody = z.object({
  username: Username,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  /** Default "Admin Dinkes <district name>". */
  name: z.string().trim().min(1).max(200).optional(),
});

/**
 * POST /api/provinces/{code}/districts as JSON; as multipart/form-data the same fields, with
 * `puskesmas` a file and the admin as `adminUsername`, `adminPassword`, `adminName`.
 */
export const AddDistrictBody = z.object({
  code: OrgUnitCode,
  name: z.string().trim().min(1).max(200),
  /** The CSV text: kode,nama,rawat_inap (or code,name,rawat_inap); docs/districts.md. */
  puskesmas: z
    .string()
    .min(1)
    .max(1024 * 1024),
  admin: DistrictAdminBody.optional(),
});
export type AddDistrictBody = z.infer<typeof AddDistrictBody>;

export const AddedDistrictView = z.object({
  district: z.object({ code: z.string(), name: z.string() }),
  puskesmas: z.array(z.object({ code: z.string(), name: z.string(), rawatInap: z.boolean() })),
  /** The admin account created with the district, if one was asked for. */
  admin: z.object({ username: z.string() }).nullable(),
});
export type AddedDistrictView = z.infer<typeof AddedDistrictView>;

export const ProvinceDistrictView = z.object({
  code: z.string(),
  name: z.string(),
  /** How many Puskesmas it has. */
  puskesmas: z.number().int(),
  /** The years it has a catalog for, oldest first. */
  catalogYears: z.array(
    z.object({ year: z.number().int(), status: CatalogStatus, publishedAt: z.string().nullable() }),
  ),
});
export type ProvinceDistrictView = z.infer<typeof ProvinceDistrictView>;

/** GET /api/provinces/{code}/districts: by code. */
export const ProvinceDistrictsView = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  districts: z.array(ProvinceDistrictView),
});
export type ProvinceDistrictsView = z.infer<typeof ProvinceDistrictsView>;

/** GET /api/provinces/{code}/years/{year}/recap (and the national one): a page of the league table. */
export const ProvinceRecapQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ProvinceRecapRow = z.object({
  /** In the league: by the share of assessed Puskesmas in Kelompok I, then II, then mean service. */
  rank: z.number().int().nullable(),
  code: z.string(),
  name: z.string(),
  puskesmas: z.number().int(),
  assessed: z.number().int(),
  kelompok: z.object({ I: z.number().int(), II: z.number().int(), III: z.number().int() }),
  /** Of those assessed, the Puskesmas-years whose district has published them. */
  published: z.number().int(),
  /** Means over the assessed Puskesmas: service and quality in %, management 0–10; null when none. */
  service: z.number().nullable(),
  management: z.number().nullable(),
  quality: z.number().nullable(),
});
export type ProvinceRecapRow = z.infer<typeof ProvinceRecapRow>;

const LeagueTotals = z.object({
  districts: z.number().int(),
  puskesmas: z.number().int(),
  assessed: z.number().int(),
  /** Of those assessed, the Puskesmas-years whose district has published them. */
  published: z.number().int(),
  kelompok: z.object({ I: z.number().int(), II: z.number().int(), III: z.number().int() }),
});

export const ProvinceRecapView = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  /** The whole province: every district's counts summed. */
  totals: LeagueTotals,
  page: z.number().int(),
  pages: z.number().int(),
  districts: z.array(ProvinceRecapRow),
});
export type ProvinceRecapView = z.infer<typeof ProvinceRecapView>;

/** GET /api/national/{code}: the country's unit and the years with a published catalog somewhere. */
export const NationalView = z.object({
  country: z.object({ code: z.string(), name: z.string() }),
  /** Oldest first. */
  years: z.array(z.number().int()),
});
export type NationalView = z.infer<typeof NationalView>;

export const NationalRecapRow = ProvinceRecapRow.extend({
  /** How many districts the province has. */
  districts: z.number().int(),
});
export type NationalRecapRow = z.infer<typeof NationalRecapRow>;

/** GET /api/national/{code}/years/{year}/recap: a page of the province league table. */
export const NationalRecapView = z.object({
  country: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  /** The whole country: every province's counts summed. */
  totals: LeagueTotals.extend({ provinces: z.number().int() }),
  page: z.number().int(),
  pages: z.number().int(),
  provinces: z.array(NationalRecapRow),
});
export type NationalRecapView = z.infer<typeof NationalRecapView>;

/** POST /api/districts/{code}/years/{year}/catalog/adopt: the district whose published catalog to take. */
export const CatalogAdoptBody = z.object({ from: z.string().trim().min(1).max(40) });
export type CatalogAdoptBody = z.infer<typeof CatalogAdoptBody>;
