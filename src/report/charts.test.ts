import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../shared/report-document.ts';
import { chartPng, chartSize } from './charts.ts';

const bars = (value: number): ChartSpec => ({
  kind: 'bar',
  categories: ['SPM', 'UKM Esensial', 'UKP'],
  series: [{ name: 'Capaian', values: [value, 80, 70] }],
  max: 100,
  line: { name: 'Baik', value: 91 },
});

/** A PNG's width in pixels, from its header (IHDR). */
const pngWidth = (png: Buffer) => png.readUInt32BE(16);

describe('chartPng', () => {
  it('draws the chart as a PNG at twice its CSS width', () => {
    const spec = bars(95);
    const { png, size } = chartPng(spec);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(size).toEqual(chartSize(spec));
    expect(pngWidth(png)).toBe(size.width * 2);
  });

  it('gives a chart drawn before again without drawing it, and a changed chart drawn anew', () => {
    const first = chartPng(bars(60));
    expect(chartPng(structuredClone(bars(60))).png).toBe(first.png);
    const changed = chartPng(bars(61));
    expect(changed.png).not.toBe(first.png);
    expect(changed.png.equals(first.png)).toBe(false);
  });
});
