// A province's districts over HTTP (docs/districts.md): the list with Puskesmas counts and catalog
// years, adding a district with its Puskesmas (a CSV list, as JSON or as a multipart file) and its
// first admin, a district adopting another district's published catalog of a year; and the leagues a province
// viewer (its districts) and a ministry viewer (the country's provinces) read.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { adoptCatalog } from '../../app/catalog/catalog-adoption.ts';
import { addDistrict, listProvinceDistricts } from '../../app/districts.service.ts';
import { nationalOverview, nationalRecap } from '../../app/national-recap.ts';
import { provinceRecap } from '../../app/province-recap.ts';
import type { PasswordHasher } from '../../app/ports.ts';
import { districtsUnitOfWork, storeDistricts } from '../../data/adapters/districts.ts';
import { CatalogDraftView } from '../../shared/api/catalog.schema.ts';
import {
  AddDistrictBody,
  AddedDistrictView,
  CatalogAdoptBody,
  NationalRecapView,
  NationalView,
  ProvinceDistrictsView,
  ProvinceParams,
  ProvinceRecapQuery,
  ProvinceRecapView,
} from '../../shared/api/districts.schema.ts';
import { DistrictYearParams, Year } from '../../shared/api/org-units.schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../context.ts';
import { validationResponse } from '../errors.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const province = { param: 'code', level: 'province' } as const;

const list = defineRoute({
  method: 'get',
  path: '/api/provinces/{code}/districts',
  summary: "The province's districts, with how many Puskesmas each has and its catalog years",
  tags: ['districts'],
  access: { permission: 'district:read', unit: province },
  request: { params: ProvinceParams },
  responses: { 200: jsonContent(ProvinceDistrictsView, 'The districts, by code') },
});

const recap = defineRoute({
  method: 'get',
  path: '/api/provinces/{code}/years/{year}/recap',
  summary:
    "The province's districts for a year as a league table: Puskesmas by Kelompok and the mean axes of each, from stored results, a page at a time",
  tags: ['districts'],
  access: { permission: 'district:read', unit: province },
  request: { params: ProvinceParams.extend({ year: Year }), query: ProvinceRecapQuery },
  responses: { 200: jsonContent(ProvinceRecapView, 'One page of the league, with the province totals') },
});

const country = { param: 'code', level: 'national' } as const;

const national = defineRoute({
  method: 'get',
  path: '/api/national/{code}',
  summary: "The country's unit (the ministry's) and the years some district has published a catalog for",
  tags: ['districts'],
  access: { permission: 'district:read', unit: country },
  request: { params: ProvinceParams },
  responses: { 200: jsonContent(NationalView, 'The country and its years') },
});

const nationalLeague = defineRoute({
  method: 'get',
  path: '/api/national/{code}/years/{year}/recap',
  summary:
    "The country's provinces for a year as a league table: districts, Puskesmas by Kelompok and the mean axes of each, from stored results, a page at a time",
  tags: ['districts'],
  access: { permission: 'district:read', unit: country },
  request: { params: ProvinceParams.extend({ year: Year }), query: ProvinceRecapQuery },
  responses: { 200: jsonContent(NationalRecapView, 'One page of the league, with the country totals') },
});

const add = defineRoute({
  method: 'post',
  path: '/api/provinces/{code}/districts',
  summary:
    'Add a district with its Puskesmas (a CSV list) and optionally its first admin: all or nothing, every problem of the list named by row',
  tags: ['districts'],
  access: { permission: 'districts:add', unit: province },
  // JSON is checked before the handler; a multipart form (the list as the file `puskesmas`) in it,
  // with the same schema. Not `required`: a required body would send every request to the JSON check.
  request: {
    params: ProvinceParams,
    body: {
      required: false,
      content: {
        'application/json': { schema: AddDistrictBody },
        'multipart/form-data': {
          schema: {
            type: 'object' as const,
            properties: {
              code: { type: 'string' as const },
              name: { type: 'string' as const },
              puskesmas: { type: 'string' as const, format: 'binary' },
              adminUsername: { type: 'string' as const },
              adminPassword: { type: 'string' as const },
              adminName: { type: 'string' as const },
            },
          },
        },
      },
    },
  },
  responses: {
    201: jsonContent(AddedDistrictView, 'Added'),
    400: jsonContent(
      ErrorBody,
      'PUSKESMAS_CSV_INVALID (params.issues: one line per problem), PASSWORD_TOO_SHORT, …',
    ),
    409: jsonContent(ErrorBody, 'ORG_UNIT_CODE_TAKEN, USERNAME_TAKEN'),
  },
});

const adopt = defineRoute({
  method: 'post',
  path: '/api/districts/{code}/years/{year}/catalog/adopt',
  summary: "Start the year's draft as another district's published catalog of that year",
  tags: ['catalog'],
  access: { permission: 'catalog:author', unit: { param: 'code', level: 'district' } },
  request: { params: DistrictYearParams, body: jsonBody(CatalogAdoptBody) },
  responses: {
    200: jsonContent(CatalogDraftView, 'The draft stored, with its changes against last year'),
    404: jsonContent(ErrorBody, 'DISTRICT_NOT_FOUND, CATALOG_NOT_FOUND (nothing to adopt)'),
    409: jsonContent(ErrorBody, 'CATALOG_EXISTS, CATALOG_ADOPT_NOT_PUBLISHED'),
  },
});

/** A multipart form's fields as AddDistrictBody reads them. */
async function formFields(c: Context<AppEnv>): Promise<unknown> {
  const form = await c.req.parseBody();
  const text = async (value: unknown) =>
    value instanceof File ? await value.text() : typeof value === 'string' ? value : undefined;
  const adminUsername = await text(form.adminUsername);
  const adminName = await text(form.adminName);
  return {
    code: await text(form.code),
    name: await text(form.name),
    puskesmas: await text(form.puskesmas),
    ...(adminUsername !== undefined && {
      admin: {
        username: adminUsername,
        password: await text(form.adminPassword),
        ...(adminName !== undefined && { name: adminName }),
      },
    }),
  };
}

/** The province (or the country) the access check resolved, and who asks. */
function provinceAndUser(c: Context<AppEnv>) {
  const user = c.get('user');
  const unit = c.get('target');
  if (!user || !unit) throw new AppError('FORBIDDEN', {}, { status: 403 });
  return { unit, editor: { username: user.username, role: user.role } };
}

export function districtsRoutes(app: OpenAPIHono<AppEnv>, { hasher }: { hasher: PasswordHasher }): void {
  app.openapi(list, async (c) => {
    const { unit } = provinceAndUser(c);
    const repos = storeDistricts(c.get('deps').store);
    return c.json(await listProvinceDistricts(repos, unit), 200);
  });

  app.openapi(recap, async (c) => {
    const { unit } = provinceAndUser(c);
    const { year } = c.req.valid('param');
    const { page, pageSize } = c.req.valid('query');
    const repos = storeDistricts(c.get('deps').store);
    return c.json(await provinceRecap(repos, unit, { year, page, pageSize }), 200);
  });

  app.openapi(national, async (c) => {
    const { unit } = provinceAndUser(c);
    return c.json(await nationalOverview(storeDistricts(c.get('deps').store), unit), 200);
  });

  app.openapi(nationalLeague, async (c) => {
    const { unit } = provinceAndUser(c);
    const { year } = c.req.valid('param');
    const { page, pageSize } = c.req.valid('query');
    const repos = storeDistricts(c.get('deps').store);
    return c.json(await nationalRecap(repos, unit, { year, page, pageSize }), 200);
  });

  app.openapi(add, async (c) => {
    const { unit, editor } = provinceAndUser(c);
    // The JSON body was checked before the handler; read here once more, beside the multipart form.
    const input = (c.req.header('content-type') ?? '').startsWith('multipart/form-data')
      ? await formFields(c)
      : await c.req.json().catch(() => undefined);
    const parsed = AddDistrictBody.safeParse(input);
    if (!parsed.success) return validationResponse(c, parsed.error, input) as never;
    const body = parsed.data;
    const deps = c.get('deps');
    const added = await addDistrict(
      { uow: districtsUnitOfWork(deps.store), hasher, clock: deps.clock },
      {
        province: unit,
        code: body.code,
        name: body.name,
        puskesmasCsv: body.puskesmas,
        admin: body.admin,
        actor: editor.username,
      },
    );
    return c.json(
      {
        district: { code: added.district.code, name: added.district.name },
        puskesmas: added.puskesmas.map(({ code, name, rawatInap }) => ({ code, name, rawatInap })),
        admin: added.admin,
      },
      201,
    );
  });

  app.openapi(adopt, async (c) => {
    const { year } = c.req.valid('param');
    const { from } = c.req.valid('json');
    const { unit, editor } = unitAndUser(c);
    const deps = c.get('deps');
    const { version, changes } = await adoptCatalog(deps.uow, {
      district: { id: unit.id, code: unit.code, name: unit.name },
      year,
      fromDistrictCode: from,
      actor: editor.username,
    });
    return c.json({ year, status: version.status, changes }, 200);
  });
}
