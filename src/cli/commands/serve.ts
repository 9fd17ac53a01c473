// `pkp serve`: the web application (API and built UI) on one port, over the store the environment names.
import { ALL_DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from '../../app/demo/demo-accounts.ts';
import { evidenceTarget, storeTarget } from '../../config.ts';
import { UI_DIR } from '../../install-paths.ts';
import { accountsUnitOfWork } from '../../data/adapters/accounts.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import { openDb } from '../../data/db.ts';
import { scheduleVacuum } from '../../data/vacuum.ts';
import { createReportServices } from '../../http/report-services.ts';
import { clearStaging, createEvidenceStore } from '../../data/evidence-store.ts';
import { createApp } from '../../http/app.ts';
import { argon2Hasher } from '../../http/auth/passwords.ts';
import { log } from '../../http/log.ts';
import { assertPortFree, startServer } from '../../http/server.ts';
import { formatNumber } from '../../shared/format.ts';
import { parseCommandArgs, usageError } from '../args.ts';
import { EXIT, type CliContext, type Command } from '../command.ts';
import { ensureDemoDistrict } from '../demo-district.ts';

const DEMO_YEAR = 2023;

export const serveCommand: Command = {
  name: 'serve',
  usage: [
    'Usage: pkp serve [--port N] [--host H] [--demo]',
    '',
    'Serves the web application: the API under /api (described at /api/docs) and the UI built by',
    '`npm run build` (dist/ui). Logs one JSON line per request. Ctrl-C stops it: requests in flight',
    'finish (at most 10 s), then the database closes.',
    '',
    'Options:',
    '  --port N     the port (default $PORT, else 3000; 0 picks a free one)',
    '  --host H     the address to listen on (default $HOST, else 127.0.0.1: this machine only;',
    '               0.0.0.0 for the network — put it behind https then)',
    '  --demo       create the demo districts 3318 and 3319 (2023) when they are missing, and one demo',
    `               account per role in each and in the province, all with the password ${DEMO_PASSWORD}`,
    '  -h, --help   this help',
    '',
    'Behind a reverse proxy (nginx, Caddy) set PKP_TRUST_PROXY=1: the client address and https then',
    'come from its X-Forwarded-For and X-Forwarded-Proto (for the sign-in limit and the Secure cookie).',
    '',
    'Evidence uploads stop at PKP_UPLOAD_MAX_MB (default 20). Their files live in $PKP_DATA_DIR/files,',
    'or in the database when DATABASE_URL is set. A proxy in front needs a body limit at least as large',
    '(nginx: client_max_body_size).',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      port: { type: 'string' },
      host: { type: 'string' },
      demo: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    const port = values.port === undefined ? ctx.config.PORT : Number(values.port);
    if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65_535) {
      throw usageError(this, `--port must be a number from 0 to 65535, not "${values.port}"`);
    }
    const host = values.host ?? ctx.config.HOST;
    const id = ctx.locale === 'id';

    await assertPortFree(port, host);
    const store = await openDb(storeTarget(ctx.config));
    const reports = createReportServices({
      repos: storeRepositories(store),
      uow: unitOfWork(store),
      staleSeconds: ctx.config.PKP_JOB_STALE_SECONDS,
    });
    // Report jobs queued by any server on this database, or left by one that died, are made here too.
    reports.batches.work();
    try {
      if (values.demo) await prepareDemo(store, ctx);
      const clock = () => new Date();
      const evidence = evidenceTarget(ctx.config);
      if ('filesDir' in evidence) await clearStaging(evidence.filesDir);
      const app = createApp(
        {
          store,
          repos: storeRepositories(store),
          uow: unitOfWork(store),
          clock,
          evidence: {
            blobs: createEvidenceStore(evidence),
            maxBytes: Math.round(ctx.config.PKP_UPLOAD_MAX_MB * 1024 * 1024),
          },
          reports,
        },
        {
          uiDir: ctx.config.PKP_UI_DIR ?? UI_DIR,
          trustProxy: ctx.config.PKP_TRUST_PROXY,
          metricsToken: ctx.config.PKP_METRICS_TOKEN,
        },
      );
      const server = await startServer(app, { port, host });
      const stopVacuum = scheduleVacuum(store, (outcome) =>
        'error' in outcome
          ? log('warn', 'vacuum failed', { error: String(outcome.error) })
          : log('info', 'vacuumed', outcome),
      );
      ctx.out(id ? `pkp berjalan di ${server.url}` : `pkp is running at ${server.url}`);
      ctx.out(id ? `API: ${server.url}/api/docs` : `API: ${server.url}/api/docs`);
      if (values.demo) ctx.out(accountsTable(ctx));
      ctx.out(id ? 'Tekan Ctrl-C untuk berhenti.' : 'Press Ctrl-C to stop.');
      const signal = await shutdownSignal();
      log('info', 'stopping', { signal });
      await stopVacuum();
      await server.stop();
    } finally {
      // A report job being made here stops after its current document and goes back to the queue
      // (another server, or this one started again, makes it).
      await reports.close();
      await store.close();
    }
    log('info', 'stopped');
    return EXIT.ok;
  },
};

async function prepareDemo(store: Parameters<typeof ensureDemoDistrict>[0], ctx: CliContext) {
  const id = ctx.locale === 'id';
  const { district, loaded, second, ms } = await ensureDemoDistrict(store, DEMO_YEAR, (done, total, name) =>
    ctx.err(`${id ? 'Membuat' : 'Creating'} ${String(done).padStart(2)}/${total}  ${name}`),
  );
  if (loaded.created || second.loaded.created) {
    const seconds = formatNumber(ms / 1000, 1, ctx.locale);
    const codes = `${district.code} & ${second.district.code}`;
    ctx.err(
      id
        ? `Kabupaten demo ${codes} tahun ${DEMO_YEAR} dibuat dalam ${seconds} dtk.`
        : `Demo districts ${codes} for ${DEMO_YEAR} created in ${seconds} s.`,
    );
  }
  // Hashed once for all the demo accounts, and only when one is missing (argon2 is slow on purpose).
  const created = await ensureDemoAccounts(
    accountsUnitOfWork(store),
    () => argon2Hasher.hash(DEMO_PASSWORD),
    {
      at: new Date(),
      accounts: ALL_DEMO_ACCOUNTS,
    },
  );
  if (created.length > 0) {
    ctx.err(
      id ? `Akun demo dibuat: ${created.join(', ')}.` : `Demo accounts created: ${created.join(', ')}.`,
    );
  }
}

function accountsTable(ctx: CliContext): string {
  const id = ctx.locale === 'id';
  const width = Math.max(...ALL_DEMO_ACCOUNTS.map((a) => a.username.length));
  const roleWidth = Math.max(...ALL_DEMO_ACCOUNTS.map((a) => a.role.length));
  return [
    '',
    id
      ? `Akun demo (kata sandi semuanya: ${DEMO_PASSWORD}):`
      : `Demo accounts (all with the password ${DEMO_PASSWORD}):`,
    ...ALL_DEMO_ACCOUNTS.map(
      (a) => `  ${a.username.padEnd(width)}  ${a.role.padEnd(roleWidth)}  ${a.name} (${a.orgUnitCode})`,
    ),
    id
      ? 'Akun demo hanya untuk mencoba: jangan dipakai pada server berisi data sungguhan.'
      : 'Demo accounts are for trying pkp out: never on a server that holds real data.',
    '',
  ].join('\n');
}

/** Resolves at the first SIGINT or SIGTERM; a second one ends the process at once. */
function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const first = (signal: NodeJS.Signals) => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(signal);
    };
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
  });
}
