// Service % month by month (scored to date against pro-rated targets), with the Baik and Cukup lines.
import { useMemo } from 'react';
import type { PuskesmasDashboard, SettingsView } from '../../../shared/api/dashboard.schema.ts';
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { monthIndex } from '../../lib/dates.ts';
import { formatPercent } from '../../lib/numbers.ts';
import { EChart } from '../charts/EChart.tsx';
import { ChartTable } from './ChartTable.tsx';

export function MonthlyServiceChart({
  monthly,
  settings,
}: {
  monthly: PuskesmasDashboard['monthly'];
  settings: SettingsView;
}) {
  const { t, locale } = useI18n();
  const names = monthNames(t);
  const [baik, cukup] = settings.thresholds.service;
  const option = useMemo(
    () => ({
      grid: { left: 44, right: 92, top: 16, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? formatPercent(v, 2, locale) : t('app.none')),
      },
      xAxis: { type: 'category', data: monthly.map((m) => names[monthIndex(m.month)]) },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { formatter: (v: number) => formatPercent(v, 0, locale) },
      },
      series: [
        {
          type: 'line',
          name: t('dash.service'),
          data: monthly.map((m) => m.service),
          connectNulls: false,
          symbolSize: 7,
          lineStyle: { width: 3, color: '#1d5fa8' },
          itemStyle: { color: '#1d5fa8' },
          markLine: {
            symbol: 'none',
            silent: true,
            label: { formatter: '{b}', position: 'end' },
            data: [
              {
                name: `${t('category.Baik')} ≥ ${baik}`,
                yAxis: baik,
                lineStyle: { color: '#2e7d32', type: 'dashed' },
              },
              {
                name: `${t('category.Cukup')} ≥ ${cukup}`,
                yAxis: cukup,
                lineStyle: { color: '#b26a00', type: 'dashed' },
              },
            ],
          },
        },
      ],
    }),
    [monthly, names, baik, cukup, locale, t],
  );
  return (
    <figure className="chart-figure">
      <figcaption>{t('dash.monthly')}</figcaption>
      <EChart option={option} label={t('dash.monthly')} height={320} />
      <ChartTable
        head={[t('app.month'), t('dash.service'), t('district.category')]}
        rows={monthly.map((m) => [
          names[monthIndex(m.month)] ?? m.month,
          formatPercent(m.service, 2, locale),
          m.category ? t(`category.${m.category}`) : t('app.none'),
        ])}
      />
    </figure>
  );
}
