// Puskesmas × programme: every score of the district in one picture, weak spots in red.
import { useMemo } from 'react';
import type { DistrictDashboard } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatFixed } from '../../lib/numbers.ts';
import { EChart } from '../charts/EChart.tsx';
import { ChartTable } from './ChartTable.tsx';
import { shortName } from './ProgrammeRadar.tsx';

export function ProgrammeHeatmap({ heatmap }: { heatmap: DistrictDashboard['heatmap'] }) {
  const { t, locale } = useI18n();
  const { columns, rows } = heatmap;
  const option = useMemo(() => {
    const data: [number, number, number | '-'][] = [];
    rows.forEach((row, y) =>
      row.scores.forEach((s, x) => data.push([x, y, s === null ? '-' : Math.round(s * 10) / 10])),
    );
    return {
      tooltip: {
        formatter: (p: { data: [number, number, number | '-'] }) => {
          const [x, y, v] = p.data;
          const col = columns[x];
          return `${rows[y]?.puskesmas.name ?? ''}<br/>${col ? `${col.number} ${col.name}` : ''}: ${
            v === '-' ? t('app.none') : formatFixed(v, 1, locale)
          }`;
        },
      },
      grid: { left: 130, right: 16, top: 8, bottom: 96 },
      xAxis: {
        type: 'category',
        data: columns.map((c) => shortName(c)),
        axisLabel: { rotate: 60, fontSize: 10, interval: 0 },
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.puskesmas.name.replace(/^Puskesmas\s+/, '')),
        axisLabel: { fontSize: 11, interval: 0 },
      },
      visualMap: {
        type: 'piecewise',
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        pieces: [
          { min: 91, label: `≥ 91 ${t('category.Baik')}`, color: '#3c9a5f' },
          { min: 81, max: 91, label: `81–91 ${t('category.Cukup')}`, color: '#f2c14e' },
          { max: 81, label: `< 81 ${t('category.Kurang')}`, color: '#d9534f' },
        ],
        textStyle: { fontSize: 11 },
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: { show: columns.length <= 16, fontSize: 9 },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
        },
      ],
    };
  }, [columns, rows, t, locale]);
  const height = Math.max(260, rows.length * 20 + 110);
  return (
    <figure className="chart-figure">
      <figcaption className="muted">{t('district.heatmapHint')}</figcaption>
      <EChart option={option} label={t('district.heatmap')} height={height} />
      <ChartTable
        head={[t('district.puskesmas'), ...columns.map((c) => `${shortName(c)} ${c.name}`)]}
        rows={rows.map((r) => [r.puskesmas.name, ...r.scores.map((s) => formatFixed(s, 1, locale))])}
      />
    </figure>
  );
}
