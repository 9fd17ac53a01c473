// axe-core in the page under test: the accessibility rules of WCAG 2.x A and AA (and axe's best
// practices), run on what the person sees at that moment — a dialog open, a tooltip shown.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './server.ts';

declare global {
  interface Window {
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const REPORTS = join(ROOT, 'artifacts', 'axe');

/** What the tests refuse: a barrier (critical) or a serious obstacle. Moderate and minor are reported. */
export const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeFinding {
  rule: string;
  impact: ImpactValue | null;
  help: string;
  /** A CSS path to each element found, and its markup, shortened. */
  nodes: { target: string; html: string; summary: string }[];
}

function finding(result: Result): AxeFinding {
  return {
    rule: result.id,
    impact: result.impact ?? null,
    help: result.help,
    nodes: result.nodes.map((n) => ({
      target: n.target.map(String).join(' '),
      html: n.html.length > 200 ? `${n.html.slice(0, 200)}…` : n.html,
      summary: n.failureSummary ?? '',
    })),
  };
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe on the page as it is now and returns every violation. The script is evaluated through the
 * DevTools protocol: `addScriptTag` would inline it, and the server's `script-src 'self'` refuses
 * inline scripts — rightly, so the test runs under the policy users get.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    await page.evaluate(await (axeSource ??= readFile(AXE_SCRIPT, 'utf8')));
  }
  const results = await page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load');
    return window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
  });
  return results.violations.map(finding);
}

/** One line per finding and element, for a failing test's message. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .flatMap((f) => f.nodes.map((n) => `[${f.impact}] ${f.rule}: ${f.help}\n    ${n.target}  ${n.html}`))
    .join('\n');
}

/**
 * The screen's serious and critical findings (the test expects none); every finding of the screen is
 * written to artifacts/axe/<name>.json for a person to go through.
 */
export async function blockingAxeFindings(page: Page, name: string): Promise<AxeFinding[]> {
  const findings = await axeFindings(page);
  await mkdir(REPORTS, { recursive: true });
  await writeFile(join(REPORTS, `${name}.json`), `${JSON.stringify(findings, null, 2)}\n`);
  return findings.filter((f) => f.impact !== null && BLOCKING.includes(f.impact));
}
