// One ECharts chart (SVG), sized to its box and resized with it. The chart is a picture for the eye:
// `label` names it for screen readers, and every chart has a table beside it. ECharts itself loads with
// the first chart shown (echarts-setup.ts), so that the sign-in screen and the entry grid do not wait
// for ~570 kB of script they never use; the box takes its size at once, the picture follows.
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

export type ChartOption = EChartsCoreOption;

export function EChart({ option, label, height }: { option: ChartOption; label: string; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let instance: ECharts | undefined;
    let observer: ResizeObserver | undefined;
    let unmounted = false;
    void import('./echarts-setup.ts').then(({ echarts }) => {
      if (unmounted) return;
      instance = echarts.init(el, undefined, { renderer: 'svg' });
      const drawn = instance;
      observer = new ResizeObserver(() => drawn.resize());
      observer.observe(el);
      setChart(drawn);
    });
    return () => {
      unmounted = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    chart?.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option }, true);
  }, [chart, option]);

  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}
