// Score to date per programme, one radar per Puskesmas-year: where it is strong and where weak.
import { useMemo } from 'react';
import type { ProgrammeScore } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent } from '../../lib/numbers.ts';
import { shortName } from '../../lib/programme-names.ts';
import { EChart } from '../charts/EChart.tsx';
import { ChartTable } from './ChartTable.tsx';

export function ProgrammeRadar({ radar }: { radar: ProgrammeScore[] }) {
  const { t, locale } = useI18n();
  // A programme that is not assessed (no beds, service not offered) has no point: never a 0.
  const scored = useMemo(() => radar.filter((p) => p.score !== null), [radar]);
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'item',
        formatter: () =>
          scored.map((p) => `${shortName(p)} ${p.name}: ${formatPercent(p.score, 1, locale)}`).join('<br/>'),
      },
      radar: {
        radius: '72%',
        center: ['50%', '52%'],
        indicator: scored.map((p) => ({ name: shortName(p), max: 100, min: 0 })),
        axisName: { color: '#333', fontSize: 10 },
        nameGap: 4,
        splitNumber: 4,
      },
      series: [
        {
          type: 'radar',
          name: t('dash.radar'),
          symbolSize: 4,
          areaStyle: { opacity: 0.15 },
          lineStyle: { color: '#1d5fa8' },
          itemStyle: { color: '#1d5fa8' },
          data: [{ value: scored.map((p) => p.score), name: t('dash.radar') }],
        },
      ],
    }),
    [scored, t, locale],
  );
  return (
    <figure className="chart-figure">
      <figcaption>{t('dash.radar')}</figcaption>
      <EChart option={option} label={t('dash.radar')} height={320} />
      <ChartTable
        head={[t('dash.programme'), t('entry.score')]}
        rows={radar.map((p) => [`${shortName(p)} · ${p.name}`, formatPercent(p.score, 2, locale)])}
      />
    </figure>
  );
}
