// A report's charts drawn without a browser: ECharts renders the chart as SVG on the server, resvg
// turns the SVG into a PNG (both renderers embed the PNG: DOCX takes no SVG, and the PDF's SVG text
// would need the font on disk). The screen draws the same spec with the same ECharts options.
import { Resvg } from '@resvg/resvg-js';
import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, RadarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../shared/report-document.ts';
import { reportChartOption } from '../shared/report-chart-option.ts';
import { FONT_FAMILY, FONT_FILES, fontPath } from './fonts.ts';

echarts.use([
  BarChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  SVGRenderer,
]);

export interface ChartSize {
  width: number;
  height: number;
}

/** The chart's size in CSS pixels: a bar per category, a radar square. */
export function chartSize(spec: ChartSpec): ChartSize {
  if (spec.kind === 'radar') return { width: 640, height: 420 };
  return { width: 640, height: Math.max(160, 60 + spec.categories.length * 26) };
}

export function chartSvg(spec: ChartSpec, size: ChartSize = chartSize(spec)): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(reportChartOption(spec, FONT_FAMILY));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const RESVG_FONTS = {
  fontFiles: Object.values(FONT_FILES).map(fontPath),
  loadSystemFonts: false,
  defaultFontFamily: FONT_FAMILY,
};

/**
 * The last charts drawn, by their spec: the same DOCX is often made again (a download repeated, a
 * district batch made twice), and drawing its charts is most of its time (~1 s a report). The PDF draws
 * SVG, not these. Bounded: a chart is ~50–150 KB of PNG.
 */
const drawn = new Map<string, { png: Buffer; size: ChartSize }>();
const DRAWN_KEPT = 64;

/** The chart as a PNG at twice its CSS size (sharp in print at its printed width). */
export function chartPng(spec: ChartSpec): { png: Buffer; size: ChartSize } {
  const key = JSON.stringify(spec);
  const known = drawn.get(key);
  if (known) return known;
  const size = chartSize(spec);
  const svg = chartSvg(spec, size);
  const png = new Resvg(svg, { font: RESVG_FONTS, fitTo: { mode: 'width', value: size.width * 2 } })
    .render()
    .asPng();
  if (drawn.size >= DRAWN_KEPT) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, { png, size });
  return { png, size };
}
