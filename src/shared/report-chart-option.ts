// How a report's chart is drawn (the ECharts option of a ChartSpec): the server draws it into the PDF
// and DOCX (report/charts.ts), the screen's preview draws it with the same option, so a chart looks
// the same in the three.
import { formatNumber } from './format.ts';
import type { ChartSpec } from './report-document.ts';

const ACHIEVED = '#1f6f43';
const TARGET = '#9aa5b1';

export function reportChartOption(spec: ChartSpec, fontFamily: string): Record<string, unknown> {
  const text = { fontFamily, color: '#1b1f24' };
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
