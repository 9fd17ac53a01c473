// The system Chromium (never a downloaded one), headless: the run's one browser (browser-server.ts), each
// session in a browser context of its own, so two users are two sessions with their own cookies.
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const VIEWPORT = { width: 1366, height: 768 };

export interface Session {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * A fresh browser context with one page at 1366×768, Bahasa Indonesia, in the run's Chromium (or the
 * one at `endpoint`: a benchmark outside Vitest launches its own).
 */
export async function openSession(
  baseURL: string,
  options: { locale?: string; endpoint?: string } = {},
): Promise<Session> {
  // Vitest is imported only inside a test run: a benchmark that passes its endpoint runs without it.
  const endpoint = options.endpoint ?? (await import('vitest')).inject('browserEndpoint');
  const browser = await chromium.connect(endpoint);
  const context = await browser.newContext({
    baseURL,
    viewport: VIEWPORT,
    locale: options.locale ?? 'id-ID',
    timezoneId: 'Asia/Jakarta',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    // Disconnecting closes the contexts this connection made; the browser stays for the next session.
    close: () => browser.close(),
  };
}
