// HTTP tests against a real migrated store: the app with a small demo district and one account per role.
//
//   describeHttp('targets routes', (t) => {
//     it('lets the head of a Puskesmas read its targets', async () => {
//       const kapus = await signIn(t.app, 'kapus.p3318001');
//       const res = await call(t.app, kapus, 'GET', '/api/puskesmas/P3318001/targets/2023');
//       expect(res.status).toBe(200);
//     });
//   });
//
// What is in the store (UNITS): province 33; district 3318 (Kabupaten Pati) with the first three demo
// Puskesmas P3318001–P3318003 and a full 2023 (catalog published, targets, monthly values, rubric
// scores, stored results); district 3319 with one Puskesmas P3319001 and no data (a foreign unit for
// access tests); province 34 with nothing under it (a foreign province); and the demo accounts of
// src/app/demo/demo-accounts.ts, password DEMO_PASSWORD:
//   admin.3318 (admin_dinkes), verifikator.3318, viewer.3318, kapus.p3318001 (kepala_puskesmas),
//   koordinator.p3318001, pelaksana.p3318001, pelaksana.p3318002; and the province's admin.33
//   (admin_provinsi) and viewer.33; the ministry's viewer.id (the country, ID, above province 33).
// The app's clock is `t.clock` (movable); the store is shared by the tests of one describeHttp block.
import { hash } from '@node-rs/argon2';
import { beforeAll } from 'vitest';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  ensureDemoAccounts,
  NATIONAL_DEMO_ACCOUNTS,
  PROVINCE_DEMO_ACCOUNTS,
} from '../../src/app/demo/demo-accounts.ts';
import { rescoreDistrictYear } from '../../src/app/recompute.ts';
import { accountsUnitOfWork } from '../../src/data/adapters/accounts.ts';
import { loadDemoPlan } from '../../src/data/adapters/demo-loader.ts';
import { storeRepositories, unitOfWork } from '../../src/data/adapters/repositories.ts';
import type { Store, StoreKind } from '../../src/data/db.ts';
import { createOrgUnit, getOrgUnitByCode } from '../../src/data/repositories/org-units.repository.ts';
import { getUserByUsername } from '../../src/data/repositories/users.repository.ts';
import { createApp, type CreateAppOptions, type PkpApp } from '../../src/http/app.ts';
import { LoginThrottle } from '../../src/http/auth/login-throttle.ts';
import type { AppDeps } from '../../src/http/context.ts';
import { createReportServices, type ReportServices } from '../../src/http/report-services.ts';
import { RenderPool } from '../../src/report/render-pool.ts';
import { setQuiet } from '../../src/http/log.ts';
import type { SessionView, UserView } from '../../src/shared/api/auth.schema.ts';
import { describeOnBackends, describeOnPostgres } from '../db/backends.ts';
import { smallDemoPlan } from '../db/small-demo.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

export const TEST_YEAR = 2023;

/** The org units of the test store. */
export const UNITS = {
  province: '33',
  district: '3318',
  puskesmas: ['P3318001', 'P3318002', 'P3318003'] as const,
  foreignDistrict: '3319',
  foreignPuskesmas: 'P3319001',
  foreignProvince: '34',
} as const;

/** The demo account of each role (pelaksana.p3318002 is a second Puskesmas' officer). */
export const ACCOUNT_OF_ROLE = {
  admin_dinkes: 'admin.3318',
  verifikator: 'verifikator.3318',
  viewer: 'viewer.3318',
  kepala_puskesmas: 'kapus.p3318001',
  koordinator: 'koordinator.p3318001',
  pelaksana: 'pelaksana.p3318001',
  admin_provinsi: 'admin.33',
} as const;

/** A clock the test moves: `clock()` is now; `advance(ms)` and `set(date)` move it. */
export interface TestClock {
  (): Date;
  advance(ms: number): void;
  set(at: Date): void;
}

export function movableClock(start = new Date('2024-01-10T02:00:00Z')): TestClock {
  let now = start.getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  clock.set = (at) => {
    now = at.getTime();
  };
  return clock;
}

let demoHash: Promise<string> | undefined;

/** The argon2id hash of DEMO_PASSWORD, computed once per test file. */
export function demoPasswordHash(): Promise<string> {
  return (demoHash ??= hash(DEMO_PASSWORD));
}

/**
 * Loads the demo district (3 Puskesmas), district 3319, province 34 and the demo accounts; does nothing
 * twice. A store that holds district 3319 already (a test that loaded it with data) keeps it as it is.
 */
export async function seedTestStore(store: Store, at: Date = new Date()): Promise<void> {
  // The plan the database tests load (planned once per worker: ~0,7 s each time, 80 blocks a run).
  await loadDemoPlan(store, smallDemoPlan, {
    afterDistrict: rescoreDistrictYear,
  });
  await store.db.transaction(async (tx) => {
    if (!(await getOrgUnitByCode(tx, UNITS.foreignProvince)))
      await createOrgUnit(tx, { code: UNITS.foreignProvince, name: 'DI Yogyakarta', level: 'province' });
    if (await getOrgUnitByCode(tx, UNITS.foreignDistrict)) return;
    const province = (await getOrgUnitByCode(tx, UNITS.province))!;
    const district = await createOrgUnit(tx, {
      code: UNITS.foreignDistrict,
      name: 'Kabupaten Kudus',
      level: 'district',
      parentId: province.id,
    });
    await createOrgUnit(tx, {
      code: UNITS.foreignPuskesmas,
      name: 'Puskesmas Kudus Contoh',
      level: 'puskesmas',
      parentId: district.id,
    });
  });
  await ensureDemoAccounts(accountsUnitOfWork(store), await demoPasswordHash(), {
    at,
    accounts: [...DEMO_ACCOUNTS, ...PROVINCE_DEMO_ACCOUNTS, ...NATIONAL_DEMO_ACCOUNTS],
  });
}

export interface TestApp {
  app: PkpApp;
  store: Store;
  deps: AppDeps;
  clock: TestClock;
  throttle: LoginThrottle;
}

/**
 * The app over a seeded store. Requests may name their client address in `x-test-client-ip`
 * (default 198.51.100.1), for the per-address sign-in limit.
 */
export async function createTestApp(
  store: Store,
  options: CreateAppOptions & {
    clock?: TestClock;
    evidence?: AppDeps['evidence'];
    /** Loads more into the store before the usual seed (which leaves what it finds). */
    preload?: (store: Store) => Promise<void>;
  } = {},
): Promise<TestApp> {
  setQuiet(true);
  const { clock = movableClock(), evidence, preload, ...appOptions } = options;
  await preload?.(store);
  await seedTestStore(store, clock());
  const repos = storeRepositories(store);
  const uow = unitOfWork(store);
  let reports: ReportServices | undefined;
  const deps: AppDeps = {
    store,
    repos,
    uow,
    clock,
    ...(evidence && { evidence }),
    // Made on first use, as the app makes its own, but laying documents out in this test process' one
    // render worker: a new worker loads and warms the report code again, 5–10 s of CPU each time.
    get reports() {
      return (reports ??= createReportServices({ repos, uow, clock, render: sharedRenderPool().render }));
    },
  };
  const throttle = appOptions.loginThrottle ?? new LoginThrottle(store.db);
  const app = createApp(deps, {
    clientIp: (c) => c.req.header('x-test-client-ip') ?? '198.51.100.1',
    ...appOptions,
    loginThrottle: throttle,
  });
  return { app, store, deps, clock, throttle };
}

let renderPool: RenderPool | undefined;
/** One render worker for every test app of this process (it lets the process end while idle). */
const sharedRenderPool = () => (renderPool ??= new RenderPool());

export interface HttpTestContext extends TestApp {
  readonly kind: StoreKind;
}

/**
 * `describeOnBackends` with the test app built once per back end (in beforeAll): `t.app`, `t.store`,
 * `t.clock`… are usable inside tests and hooks.
 */
export function describeHttp(
  name: string,
  body: (t: HttpTestContext) => void,
  options: CreateAppOptions & {
    clock?: TestClock;
    preload?: (store: Store) => Promise<void>;
    postgresOnly?: boolean;
    /** Evidence settings per back end (a file store for PGlite, the database for PostgreSQL). */
    evidence?: (kind: StoreKind) => AppDeps['evidence'];
  } = {},
): void {
  const { postgresOnly = false, evidence, ...appOptions } = options;
  // Concurrency tests run on PostgreSQL only: PGlite runs one transaction at a time.
  (postgresOnly ? describeOnPostgres : describeOnBackends)(name, (backend) => {
    let built: TestApp | undefined;
    beforeAll(async () => {
      built = await createTestApp(backend.store, {
        ...appOptions,
        ...(evidence && { evidence: evidence(backend.kind) }),
      });
    });
    const current = (): TestApp => {
      if (!built) throw new Error('the test app is built in beforeAll: use it inside a test or hook');
      return built;
    };
    body({
      kind: backend.kind,
      get app() {
        return current().app;
      },
      get store() {
        return current().store;
      },
      get deps() {
        return current().deps;
      },
      get clock() {
        return current().clock;
      },
      get throttle() {
        return current().throttle;
      },
    });
  });
}

export interface TestSession {
  username: string;
  user: UserView;
  /** The Cookie header to send: `pkp_session=…`. */
  cookie: string;
  csrfToken: string;
}

/** Signs in through POST /api/auth/login; throws with the answer when it is not 200. */
export async function signIn(
  app: PkpApp,
  username: string,
  password: string = DEMO_PASSWORD,
  options: { ip?: string } = {},
): Promise<TestSession> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.ip && { 'x-test-client-ip': options.ip }),
    },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) {
    throw new Error(`sign-in as ${username} answered ${res.status}: ${await res.text()}`);
  }
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error(`sign-in as ${username} set no pkp_session cookie`);
  const body = (await res.json()) as SessionView;
  return { username, user: body.user, cookie, csrfToken: body.csrfToken };
}

/** `pkp_session=<token>` from a response's Set-Cookie, or undefined. */
export function sessionCookieOf(res: Response): string | undefined {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('pkp_session='));
  const pair = header?.split(';')[0];
  return pair === 'pkp_session=' ? undefined : pair;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface CallOptions {
  /** Extra headers (they win over the defaults). */
  headers?: Record<string, string>;
  /** Send the session's CSRF token (default true). */
  csrf?: boolean;
}

/**
 * One request as `session` (null: anonymous). A body is sent as JSON; a state-changing request carries
 * the session's CSRF token unless `csrf: false`.
 */
export function call(
  app: PkpApp,
  session: TestSession | null,
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (session) headers.cookie = session.cookie;
  if (session && method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = session.csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return Promise.resolve(
    app.request(path, {
      method,
      headers: { ...headers, ...options.headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    }),
  );
}

/** `call` and the parsed JSON body (undefined for an empty one). */
export async function callJson<T = unknown>(
  app: PkpApp,
  session: TestSession | null,
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<{ status: number; body: T; res: Response }> {
  const res = await call(app, session, method, path, body, options);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, res };
}

/** The id of an account, for paths such as /api/districts/3318/users/{id}. */
export async function userIdOf(store: Store, username: string): Promise<number> {
  const user = await getUserByUsername(store.db, username);
  if (!user) throw new Error(`no user ${username}`);
  return user.id;
}

/**
 * Values for path parameters other than the unit, by name. `id` is an account of district 3318
 * (pelaksana.p3318002), the only kind of record with an id in the API so far.
 */
export const PARAM_VALUES: Record<string, (ids: { userId: number }) => string> = {
  year: () => String(TEST_YEAR),
  indicatorCode: () => 'SPM.01',
  month: () => `${TEST_YEAR}-01`,
  stage: () => 'self',
  // A returned item nobody has (a 404 passes access like any answer).
  returnId: () => '999999',
  id: ({ userId }) => String(userId),
  // Feedback letters and points, RTL actions: an id nobody has (a 404 passes access like any answer).
  letterId: () => '999999',
  pointId: () => '999999',
  actionId: () => '999999',
  programmeCode: () => 'UKM.C',
  // A report job nobody started (a 404 passes access like any answer); a section of the report's texts.
  jobId: () => '00000000-0000-4000-8000-000000000000',
  section: () => 'pendahuluan',
};
