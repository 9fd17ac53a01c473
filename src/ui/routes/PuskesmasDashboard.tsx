// A Puskesmas-year at a glance: the three headline figures and why, service month by month, the
// indicators furthest below target, the programmes on a radar, and the year by the ILP clusters.
import { useCallback, useState } from 'react';
import { Loaded } from '../components/Loading.tsx';
import { GroupingFigures } from '../components/dashboard/GroupingFigures.tsx';
import { HeadlineCards } from '../components/dashboard/HeadlineCards.tsx';
import { LaggingTable } from '../components/dashboard/LaggingTable.tsx';
import { MonthlyServiceChart } from '../components/dashboard/MonthlyServiceChart.tsx';
import { ProgrammeRadar } from '../components/dashboard/ProgrammeRadar.tsx';
import { WhyPanel } from '../components/dashboard/WhyPanel.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { getPuskesmasDashboard } from '../endpoints/dashboards.ts';
import { monthNames, useI18n } from '../i18n/i18n.tsx';
import { formatDateTime, monthIndex } from '../lib/dates.ts';
import type { Axis } from '../lib/figures.ts';
import { can, paths } from '../lib/navigation.ts';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function PuskesmasDashboard() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t, locale } = useI18n();
  usePageTitle([t('nav.dashboard'), puskesmas.name, year]);
  const user = useUser();
  const resource = useResource(
    (signal) => getPuskesmasDashboard(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  const [why, setWhy] = useState<Axis | null>(null);
  const entryLink = useCallback(
    (code: string) =>
      can(user.role, 'entries:read')
        ? `${paths.entries(puskesmas.code, year)}?indicator=${encodeURIComponent(code)}`
        : null,
    [user.role, puskesmas.code, year],
  );

  return (
    <section className="page" aria-labelledby="dash-title">
      <h1 id="dash-title">{t('dash.title', { name: puskesmas.name, year })}</h1>
      <Loaded resource={resource}>
        {(dash) =>
          dash.headline === null ? (
            <p className="notice">{t('dash.noData')}</p>
          ) : (
            <>
              <p className="muted">
                {t('dash.computedAt', { when: formatDateTime(dash.headline.computedAt, locale) })} ·{' '}
                {t('dash.through', {
                  month: monthNames(t, 'long')[monthIndex(dash.through)] ?? dash.through,
                })}
                {dash.status ? ` · ${t(`status.${dash.status}`)}` : ''}
              </p>
              <HeadlineCards headline={dash.headline} settings={dash.settings} onWhy={setWhy} />
              <div className="dash-grid">
                <MonthlyServiceChart monthly={dash.monthly} settings={dash.settings} />
                <ProgrammeRadar radar={dash.radar} />
              </div>
              <section aria-labelledby="lagging-title" className="dash-section">
                <h2 id="lagging-title">{t('dash.furthest')}</h2>
                <LaggingTable rows={dash.lagging} entryLink={entryLink} />
              </section>
              {dash.groupings.map((grouping) => (
                <GroupingFigures key={grouping.id} grouping={grouping} />
              ))}
              {why && (
                <WhyPanel
                  axis={why}
                  tree={dash.why?.[why] ?? null}
                  figure={dash.headline[why]}
                  settings={dash.settings}
                  nodeWords={dash.nodeWords}
                  entryLink={entryLink}
                  rubricLink={can(user.role, 'entries:read') ? paths.rubric(puskesmas.code, year) : null}
                  onClose={() => setWhy(null)}
                />
              )}
            </>
          )
        }
      </Loaded>
    </section>
  );
}
