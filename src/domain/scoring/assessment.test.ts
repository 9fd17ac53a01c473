import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assessment.ts';
import { resolveSettings } from './settings.ts';
import type { ScoreGroup } from './tree.ts';

const serviceAt = (pct: number): ScoreGroup => ({
  id: 'S',
  children: [
    {
      id: 'SPM',
      children: [{ id: 's1', measure: { kind: 'value', target: 100, achieved: pct, direction: 'higher' } }],
    },
  ],
});
const rubricAt = (id: string, ...levels: (0 | 4 | 7 | 10)[]): ScoreGroup => ({
  id,
  children: [
    {
      id: `${id}1`,
      children: levels.map((level, i) => ({ id: `${id}1.${i}`, measure: { kind: 'rubric', level } })),
    },
  ],
});

describe('scoreAssessment', () => {
  it('service 92,4 %, management 8,2, quality 95 % → Baik / Cukup / Baik → Cukup, Kelompok II', () => {
    // Management: groups 10 and 6,4 → 8,2. Quality: groups 10 and 9 → 9,5 → 95 %.
    const management: ScoreGroup = {
      id: 'M',
      children: [rubricAt('M1', 10), rubricAt('M2', 4, 7, 4, 7, 10)],
    };
    const quality: ScoreGroup = {
      id: 'Q',
      children: [rubricAt('B1', 10, 10), rubricAt('B2', 10, 7, 10, 10, 10, 7)],
    };
    const r = scoreAssessment({ service: serviceAt(92.4), management, quality }, resolveSettings());
    expect(r.service?.score).toBeCloseTo(92.4, 10);
    expect(r.management?.score).toBeCloseTo(8.2, 10);
    expect(r.quality?.score).toBeCloseTo(95, 10);
    expect([r.service?.category, r.management?.category, r.quality?.category]).toEqual([
      'Baik',
      'Cukup',
      'Baik',
    ]);
    expect(r.overall).toEqual({ category: 'Cukup', kelompok: 'II' });
  });

  it('keeps quality nodes on 0–10 and the quality axis in %', () => {
    const r = scoreAssessment({ quality: rubricAt('Q', 10, 7) }, resolveSettings());
    expect(r.nodes.Q1?.score).toBe(8.5);
    expect(r.quality?.score).toBe(85);
    expect(r.overall).toBeNull();
  });

  it('is not assessable when an axis has nothing that applies', () => {
    const empty: ScoreGroup = { id: 'M', children: [{ id: 'x', measure: { kind: 'rubric' } }] };
    const r = scoreAssessment(
      { service: serviceAt(95), management: empty, quality: rubricAt('Q', 10) },
      resolveSettings(),
    );
    expect(r.management?.score).toBeNull();
    expect(r.management?.category).toBeNull();
    expect(r.overall).toEqual({ category: null, kelompok: null });
  });
});
