import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { scoreScenario } from './score-scenario.ts';

const load = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/scenarios/${name}`, import.meta.url), 'utf8'));

function rejection(input: unknown): AppError {
  try {
    scoreScenario(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('scoreScenario', () => {
  it('reproduces the worked examples of docs/scoring.md', () => {
    const out = scoreScenario(load('worked-examples.json'));
    expect(out.nodes.K4?.score).toBeCloseTo(85, 10);
    expect(out.nodes.ASI?.score).toBe(100);
    expect(out.nodes.RUJUK?.score).toBeCloseTo(70, 10);
    expect(out.nodes.V?.score).toBeCloseTo(85, 10);
    expect(out.nodes.vNA?.score).toBeNull();
    expect(out.nodes.A1?.score).toBeCloseTo(9.5, 10);
    expect(out.management).toMatchObject({ category: 'Baik' });
    expect(out.quality).toBeNull();
    expect(out.overall).toBeNull();
  });

  it('gives the coverage-convention figures of the worked examples', () => {
    const scenario = load('worked-examples.json') as { settings: object };
    scenario.settings = { convention: 'coverage' };
    const out = scoreScenario(scenario);
    expect(out.nodes.K4?.score).toBeCloseTo(85, 10);
    expect(out.nodes.ASI?.score).toBeCloseTo(57.5, 10);
    expect(out.settings.cap).toBe(false);
  });

  it('scores the worked referral ratio 2 / 2,6 × 100 with lowerFormula "ratio"', () => {
    const scenario = load('worked-examples.json') as { settings: object };
    scenario.settings = { lowerFormula: 'ratio' };
    const out = scoreScenario(scenario);
    expect(out.nodes.RUJUK?.score).toBeCloseTo(200 / 2.6, 10);
  });

  it('service 92,4 %, management 8,2, quality 95 % → overall Cukup, Kelompok II', () => {
    const out = scoreScenario(load('cukup-overall.json'));
    expect(out.service?.score).toBeCloseTo(92.4, 10);
    expect(out.management?.score).toBeCloseTo(8.2, 10);
    expect(out.quality?.score).toBeCloseTo(95, 10);
    expect([out.service?.category, out.management?.category, out.quality?.category]).toEqual([
      'Baik',
      'Cukup',
      'Baik',
    ]);
    expect(out.overall).toEqual({ category: 'Cukup', kelompok: 'II' });
  });

  it('names the path of a bad field deep in the tree', () => {
    const bad = {
      service: {
        id: 'S',
        children: [
          {
            id: 'A',
            children: [{ id: 'x', kind: 'value', target: 'tinggi', achieved: 1, direction: 'higher' }],
          },
        ],
      },
    };
    const error = rejection(bad);
    expect(error.code).toBe('SCENARIO_INVALID');
    expect(error.params.path).toBe('service.children[0].children[0].target');
    expect(error.localized('id')).toContain('service.children[0].children[0].target');
  });

  it.each([
    [
      'an unknown kind',
      { service: { id: 'S', children: [{ id: 'x', kind: 'ratio', achieved: 1 }] } },
      'service.children[0].kind',
    ],
    [
      'a missing direction',
      { service: { id: 'S', children: [{ id: 'x', kind: 'value', target: 1, achieved: 1 }] } },
      'service.children[0].direction',
    ],
    [
      'a rubric level of 5',
      { management: { id: 'M', children: [{ id: 'x', kind: 'rubric', level: 5 }] } },
      'management.children[0].level',
    ],
    [
      'a rubric under service',
      { service: { id: 'S', children: [{ id: 'x', kind: 'rubric', level: 4 }] } },
      'service.children[0].kind',
    ],
    [
      'a coverage without any target',
      { service: { id: 'S', children: [{ id: 'x', kind: 'coverage', sasaran: 10, achieved: 1 }] } },
      'service.children[0].target',
    ],
    [
      'a duplicate id',
      { service: { id: 'S', children: [{ id: 'S', kind: 'yesno', achieved: true }] } },
      'service.children[0].id',
    ],
    [
      'a negative sasaran',
      {
        service: { id: 'S', children: [{ id: 'x', kind: 'coverage', target: 1, sasaran: -1, achieved: 1 }] },
      },
      'service.children[0].sasaran',
    ],
    ['an unknown setting', { settings: { convention: 'target', rounding: 2 } }, 'settings'],
    ['a bad convention', { settings: { convention: 'cakupan' } }, 'settings.convention'],
  ])('rejects %s at its path', (_name, input, path) => {
    expect(rejection(input).params.path).toBe(path);
  });

  it('treats a missing achievement as missing: excluded, then 0 once submitted', () => {
    const scenario = {
      service: {
        id: 'S',
        children: [
          { id: 'x', kind: 'coverage', sasaran: 10, target: 100 },
          { id: 'y', kind: 'yesno', achieved: true },
        ],
      },
    };
    expect(scoreScenario(scenario).service?.score).toBe(100);
    expect(scoreScenario({ ...scenario, settings: { submitted: true } }).service?.score).toBe(50);
  });
});
