import { describe, expect, it } from 'vitest';
import { CRITERIA, CRITERION_TEXTS, ELEMENTS, PROOFS } from './elements.ts';

describe('the accreditation elements', () => {
  it('lists the elements of 2.7.1 (six), 2.8.3 (a–g) and 2.8.4 (a–e), in order', () => {
    expect(ELEMENTS.map((e) => e.code)).toEqual([
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `2.7.1.${l}`),
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `2.8.3.${l}`),
      ...['a', 'b', 'c', 'd', 'e'].map((l) => `2.8.4.${l}`),
    ]);
    expect(CRITERION_TEXTS.map((c) => c.code)).toEqual([...CRITERIA]);
  });

  it.each([
    ['2.7.1.a', 'R, D'],
    ['2.7.1.b', 'R, D'],
    ['2.7.1.c', 'R, D, W'],
    ['2.7.1.d', 'D, O, W'],
    ['2.7.1.e', 'D, W'],
    ['2.7.1.f', 'R, D, W'],
    ['2.8.3.a', 'R'],
    ['2.8.3.b', 'R, D, W'],
    ['2.8.3.c', 'D, W'],
    ['2.8.3.d', 'D, W'],
    ['2.8.3.e', 'D'],
    ['2.8.3.f', 'D'],
    ['2.8.3.g', 'D'],
    ['2.8.4.a', 'R, D, W'],
    ['2.8.4.b', 'D, W'],
    ['2.8.4.c', 'D'],
    ['2.8.4.d', 'D'],
    ['2.8.4.e', 'D'],
  ])('%s carries the kinds printed after it: (%s)', (code, printed) => {
    const element = ELEMENTS.find((e) => e.code === code);
    expect(element?.kinds.join(', ')).toBe(printed);
    // Each kind printed has evidence listed under it, and nothing is listed under a kind not printed.
    expect(new Set(element?.evidence.map((x) => x.kind))).toEqual(new Set(element?.kinds));
  });

  it('proves every document (D) from records or from a file attached to the element', () => {
    const unproven = ELEMENTS.flatMap((e) =>
      e.evidence.filter((x) => x.kind === 'D' && !x.proof?.length).map(() => e.code),
    );
    expect(unproven).toEqual([]);
  });

  it('leaves interviews and observations to the surveyor', () => {
    const proven = ELEMENTS.flatMap((e) =>
      e.evidence.filter((x) => (x.kind === 'W' || x.kind === 'O') && x.proof).map(() => e.code),
    );
    expect(proven).toEqual([]);
  });

  it('uses every proof it declares', () => {
    const used = new Set(ELEMENTS.flatMap((e) => e.evidence.flatMap((x) => x.proof ?? [])));
    expect([...PROOFS].filter((p) => !used.has(p))).toEqual([]);
  });

  it('keeps the printed texts without the web page’s markup', () => {
    const texts = ELEMENTS.flatMap((e) => [e.text, ...e.evidence.map((x) => x.text)]);
    expect(texts.filter((t) => /[`*:]{2}|\s{2}|^\s|\s$|\((R|D|W|O)(,\s*(R|D|W|O))*\)$/.test(t))).toEqual([]);
  });
});
