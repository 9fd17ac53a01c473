// A report's charts drawn without a browser: ECharts renders the chart as SVG on the server, resvg
// turns the SVG into a PNG (both renderers embed the PNG: DOCX takes no SVG, and the PDF's SVG text
// would need the font on disk). The screen draws the same spec with the same ECharts options.
import { Resvg } from '@resvg/resvg-js';
import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, RadarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../shared/report-document.ts';
import { formatNumber } from '../shared/format.ts';
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

const ACHIEVED = '#1f6f43';
const TARGET = '#9aa5b1';

export interface ChartSize {
  width: number;
  height: number;
}

/** The chart's size in CSS pixels: a bar per category, a radar square. */
export function chartSize(spec: ChartSpec): ChartSize {
  if (spec.kind === 'radar') return { width: 640, height: 420 };
  return { width: 640, height: Math.max(160, 60 + spec.categories.length * 26) };
}

function optionOf(spec: ChartSpec): echarts.EChartsCoreOption {
  const text = { fontFamily: FONT_FAMILY, color: '#1b1f24' };
  if (spec.kind === 'radar') {
    return {
      animation: false,
      textStyle: text,
      legend: { bottom: 0, textStyle: text },
      radar: {
        radius: '62%',
        center: ['50%', '48%'],
        indicator: spec.axes,
        axisName: { ...text, fontSize: 10 },
      },
      series: [
        {
          type: 'radar',
          data: spec.series.map((s, i) => ({
            name: s.name,
            value: s.values.map((v) => v ?? 0),
            lineStyle: { color: i === 0 ? ACHIEVED : TARGET, type: i === 0 ? 'solid' : 'dashed' },
            itemStyle: { color: i === 0 ? ACHIEVED : TARGET },
            symbolSize: i === 0 ? 4 : 0,
          })),
        },
      ],
    };
  }
  // Horizontal bars: programme names are long and read best on the left.
  return {
    animation: false,
    textStyle: text,
    grid: { left: 8, right: 48, top: 12, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'value', max: spec.max, axisLabel: { ...text, fontSize: 10 } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.categories.map((c) => (c.length > 48 ? `${c.slice(0, 46)}…` : c)),
      axisLabel: { ...text, fontSize: 10 },
    },
    series: spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values.map((v) => v ?? 0),
      itemStyle: { color: ACHIEVED },
      label: {
        show: true,
        position: 'right',
        ...text,
        fontSize: 10,
        formatter: (p: { dataIndex: number }) => formatNumber(s.values[p.dataIndex] ?? null, 2, 'id'),
      },
      ...(spec.line
        ? {
            markLine: {
              symbol: 'none',
              data: [{ xAxis: spec.line.value, name: spec.line.name }],
              lineStyle: { color: '#b3261e', type: 'dashed' },
              label: { formatter: spec.line.name, ...text, fontSize: 10 },
            },
          }
        : {}),
    })),
  };
}

export function chartSvg(spec: ChartSpec, size: ChartSize = chartSize(spec)): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(optionOf(spec));
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

/** The chart as a PNG at twice its CSS size (sharp in print at its printed width). */
export function chartPng(spec: ChartSpec): { png: Buffer; size: ChartSize } {
  const size = chartSize(spec);
  const svg = chartSvg(spec, size);
  const png = new Resvg(svg, { font: RESVG_FONTS, fitTo: { mode: 'width', value: size.width * 2 } })
    .render()
    .asPng();
  return { png, size };
}
