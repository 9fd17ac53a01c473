// Text in styles.css is at least 4.5:1 against what it is shown on (WCAG 1.4.3): the background its
// own rule declares, or else the page and panel backgrounds. axe-core checks the screens too, but it
// passes over one-character text such as the timeliness table's "!" (4,24:1 before this test).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('./styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties of :root (the palette). */
const VARS = new Map(
  [...(/:root\s*\{([^}]*)\}/.exec(CSS)?.[1] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(
    (m) => [m[1]!, m[2]!.trim()] as const,
  ),
);

function resolve(value: string): string | null {
  const v = value.replace(/!important/, '').trim();
  const named = /^var\((--[\w-]+)\)$/.exec(v);
  const resolved = named ? (VARS.get(named[1]!) ?? '') : v;
  if (resolved === '#fff' || resolved === 'white') return '#ffffff';
  return /^#[0-9a-f]{6}$/i.test(resolved) ? resolved.toLowerCase() : null;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every rule that sets a text colour, with the background it declares (if any). */
function textRules(): { selector: string; color: string; background: string | null }[] {
  const out = [];
  for (const m of CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = m[1]!.trim();
    const body = m[2]!;
    const color = /(?:^|[;\s])color\s*:\s*([^;]+);/.exec(body)?.[1];
    if (!color || selector.startsWith(':root')) continue;
    const resolved = resolve(color);
    if (!resolved) continue;
    const bg = /background(?:-color)?\s*:\s*([^;]+);/.exec(body)?.[1];
    out.push({ selector, color: resolved, background: bg ? resolve(bg) : null });
  }
  return out;
}

const PAGE_BACKGROUNDS = [resolve('var(--panel)')!, resolve('var(--bg)')!];

describe('the contrast of text colours', () => {
  it('finds the rules to check', () => {
    expect(textRules().length).toBeGreaterThan(40);
    expect(PAGE_BACKGROUNDS).toEqual(['#ffffff', '#f5f6f8']);
  });

  it('gives every text colour at least 4.5:1 on the background it is shown on', () => {
    const tooLow = textRules().flatMap(({ selector, color, background }) => {
      // Light text is written on a dark background its own rule (or its parent's) declares.
      const on = background ? [background] : luminance(color) > 0.4 ? [] : PAGE_BACKGROUNDS;
      return on
        .map((bg) => ({ selector, color, bg, ratio: Math.round(contrast(color, bg) * 100) / 100 }))
        .filter((c) => c.ratio < 4.5);
    });
    expect(tooLow).toEqual([]);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBe(21);
    expect(Math.round(contrast('#b26a00', '#ffffff') * 100) / 100).toBe(4.24);
  });
});
