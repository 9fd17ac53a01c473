// Vitest global setup of the browser tests: one system Chromium for the whole run, which every session
// reaches over Playwright's connection and uses through a browser context of its own (own cookies,
// storage and permissions, as a fresh profile would have). Launching Chromium cost ~1,5 s a session,
// ~35 sessions a run; a context costs a few milliseconds.
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';

const CHROMIUM = process.env.PKP_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's Chromium takes connections (chromium.connect). */
    browserEndpoint: string;
  }
}

/** The system Chromium, headless, taking connections (also for a benchmark run outside Vitest). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
