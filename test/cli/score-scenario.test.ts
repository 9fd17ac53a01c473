// `pkp score --scenario FILE`: the pure engine through the real CLI — worked examples, boundaries, errors.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, parseJson, removeDir, runPkp, writeScenario } from './helpers.ts';

interface Axis {
  score: number | null;
  category: string | null;
}

interface ScenarioJson {
  nodes: Record<
    string,
    {
      score: number | null;
      explanation: { rule: string; excluded?: string; met?: boolean; comparison?: object };
    }
  >;
  service: Axis | null;
  management: Axis | null;
  quality: Axis | null;
  overall: { category: string | null; kelompok: string | null } | null;
}

let tmp: string;
let dataDir: string;

beforeAll(async () => {
  tmp = await makeTempDir();
  dataDir = join(tmp, 'data');
});

afterAll(async () => {
  await removeDir(tmp);
});

const pkp = (...args: string[]) => runPkp(args, { dataDir });

/** A service axis of one value leaf, higher is better, target 100: the axis score is `achieved`. */
function serviceOf(achieved: number) {
  return {
    service: { id: 'S', children: [{ id: 's1', kind: 'value', target: 100, achieved, direction: 'higher' }] },
  };
}

/** A management axis of two weighted rubric items, level 10 and level 0: the axis is 10 × w10 / (w10 + w0). */
function managementOf(weightOf10: number, weightOf0: number) {
  return {
    management: {
      id: 'M',
      children: [
        { id: 'm10', kind: 'rubric', level: 10, weight: weightOf10 },
        { id: 'm0', kind: 'rubric', level: 0, weight: weightOf0 },
      ],
    },
  };
}

describe.concurrent('pkp score --scenario', () => {
  it('reproduces the worked examples of docs/scoring.md', async () => {
    const result = await pkp('score', '--scenario', 'test/scenarios/worked-examples.json', '--json');
    expect(result.code).toBe(0);
    const out = parseJson<ScenarioJson>(result);
    const score = (id: string) => out.nodes[id]?.score;
    expect(score('K4')).toBe(85);
    expect(score('ASI')).toBe(100);
    expect(score('RUJUK')).toBeCloseTo(70, 9);
    expect(score('V')).toBe(85);
    expect(score('A1')).toBeCloseTo(9.5, 9);
    expect(out.nodes.vNA).toBeDefined();
    expect(score('vNA')).toBeNull();
    expect(out.nodes.vNA?.explanation.excluded).toBe('not-applicable');
    // No quality tree: no quality axis, so no overall verdict.
    expect(out.quality).toBeNull();
    expect(out.overall ?? null).toBeNull();
  });

  it('cukup-overall.json: the worst axis decides, Cukup, Kelompok II', async () => {
    const result = await pkp('score', '--scenario', 'test/scenarios/cukup-overall.json', '--json');
    expect(result.code).toBe(0);
    const out = parseJson<ScenarioJson>(result);
    expect(out.overall).toEqual({ category: 'Cukup', kelompok: 'II' });
    expect(out.service).toMatchObject({ score: 92.4, category: 'Baik' });
    expect(out.management?.category).toBe('Cukup');
    expect(out.quality?.category).toBe('Baik');
  });

  it('without --json prints a table with the axes and the Kelompok', async () => {
    const result = await pkp('score', '--scenario', 'test/scenarios/cukup-overall.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kelompok');
    expect(result.stdout).toContain('Cukup');
    expect(result.stdout).toContain('92,40'); // Indonesian decimal comma
    expect(result.stderr).toBe('');
  });

  it.each([
    [80.99, 'Kurang'],
    [81, 'Cukup'],
    [90.99, 'Cukup'],
    [90.995, 'Baik'], // rounds to 91,00
    [91, 'Baik'],
  ])('service %s → %s', async (achieved, category) => {
    const file = await writeScenario(tmp, `service-${achieved}.json`, serviceOf(achieved));
    const result = await pkp('score', '--scenario', file, '--json');
    expect(result.code).toBe(0);
    const out = parseJson<ScenarioJson>(result);
    expect(out.service?.score).toBeCloseTo(achieved, 9);
    expect(out.service?.category).toBe(category);
  });

  it.each([
    [549, 451, 5.49, 'Kurang'],
    [849.5, 150.5, 8.495, 'Baik'], // 8,495 rounds to 8,50
  ])('management weights %s:%s → %s → %s', async (w10, w0, expected, category) => {
    const file = await writeScenario(tmp, `management-${expected}.json`, managementOf(w10, w0));
    const result = await pkp('score', '--scenario', file, '--json');
    expect(result.code).toBe(0);
    const out = parseJson<ScenarioJson>(result);
    expect(out.management?.score).toBeCloseTo(expected, 9);
    expect(out.management?.category).toBe(category);
  });

  it('thresholds from the settings replace the defaults', async () => {
    const file = await writeScenario(tmp, 'thresholds.json', {
      settings: { thresholds: { service: [95, 85] } },
      ...serviceOf(90),
    });
    const result = await pkp('score', '--scenario', file, '--json');
    expect(result.code).toBe(0);
    expect(parseJson<ScenarioJson>(result).service).toMatchObject({
      score: 90,
      category: 'Cukup',
      thresholds: [95, 85],
    });
  });

  it('a strict target at its boundary scores 100 and says it is not met; a year with no case is excluded', async () => {
    const file = await writeScenario(tmp, 'strict-and-nothing.json', {
      service: {
        id: 'S',
        children: [
          { id: 'stunting', kind: 'value', target: 20, comparator: '<', achieved: 20, direction: 'lower' },
          {
            id: 'stunting-met',
            kind: 'value',
            target: 20,
            comparator: '<',
            achieved: 19,
            direction: 'lower',
          },
          {
            id: 'cfr-dbd',
            kind: 'value',
            target: 1,
            comparator: '<',
            achieved: null,
            denominator: 0,
            nothingToCount: 'exclude',
            direction: 'lower',
          },
        ],
      },
      settings: { submitted: true },
    });
    const json = await pkp('score', '--scenario', file, '--json');
    expect(json.code).toBe(0);
    const nodes = parseJson<ScenarioJson>(json).nodes;
    expect(nodes.stunting).toMatchObject({
      score: 100,
      explanation: { met: false, comparison: { comparator: '<', target: 20, realised: 20 } },
    });
    expect(nodes['stunting-met']?.explanation).toMatchObject({ met: true });
    expect(nodes['cfr-dbd']).toMatchObject({ score: null, explanation: { excluded: 'nothing-to-count' } });
    const text = await pkp('score', '--scenario', file);
    // The dashboard's sentences ("Mengapa?"), one per node.
    expect(text.stdout).toContain('Capaian 20; target < 20 tidak tercapai → nilai 100,00%');
    expect(text.stdout).toContain('Capaian 19; target < 20 tercapai → nilai 100,00%');
    expect(text.stdout).toContain('Tidak dinilai: penyebut 0, tidak ada yang dihitung tahun ini');
  });
});

describe.concurrent('pkp score --scenario, bad files', () => {
  it('a wrongly typed field: exit 1 and the message names its path', async () => {
    const file = await writeScenario(tmp, 'bad-target.json', {
      service: {
        id: 'S',
        children: [
          {
            id: 'A',
            children: [{ id: 'x', kind: 'value', target: 'tinggi', achieved: 5, direction: 'higher' }],
          },
        ],
      },
    });
    const result = await pkp('score', '--scenario', file, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Berkas skenario tidak valid');
    expect(result.stderr).toContain('service.children[0].children[0].target');
  });

  it('a rubric under service is refused with its path', async () => {
    const file = await writeScenario(tmp, 'rubric-in-service.json', {
      service: { id: 'S', children: [{ id: 'r', kind: 'rubric', level: 7 }] },
    });
    const result = await pkp('score', '--scenario', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('service.children[0].kind');
  });

  it('several problems: the first in the message, every one listed below', async () => {
    const file = await writeScenario(tmp, 'two-problems.json', {
      service: {
        id: 'S',
        children: [
          { id: 'a', kind: 'value', target: 'tinggi', achieved: 5, direction: 'higher' },
          { id: 'b', kind: 'value', target: 100, achieved: 'banyak', direction: 'higher' },
        ],
      },
    });
    const result = await pkp('score', '--scenario', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('service.children[0].target');
    expect(result.stderr).toContain('service.children[1].achieved');
  });

  it('a file that is not JSON: exit 1', async () => {
    const file = await writeScenario(tmp, 'not-json.json', '{ "service": ');
    const result = await pkp('score', '--scenario', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bukan JSON yang sah');
  });

  it('a missing file: exit 1 and the message names the file', async () => {
    const file = join(tmp, 'tidak-ada.json');
    const result = await pkp('score', '--scenario', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('tidak ada');
  });

  it('PKP_LANG=en: the missing-file message is in English', async () => {
    const file = join(tmp, 'missing.json');
    const result = await runPkp(['score', '--scenario', file], { dataDir, env: { PKP_LANG: 'en' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`There is no file ${file}`);
    expect(result.stderr).not.toContain('tidak ada');
  });
});
