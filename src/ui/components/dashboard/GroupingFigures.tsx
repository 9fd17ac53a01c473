// The year's result by another grouping of the catalog's rows (the ILP clusters): each top group with
// its figure on every axis it has rows of — Klaster 1 holds management and quality items, which are
// never averaged together.
import type { GroupingFigures as Figures } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatAxis } from '../../lib/figures.ts';

export function GroupingFigures({ grouping }: { grouping: Figures }) {
  const { t, locale } = useI18n();
  const titleId = `grouping-${grouping.id}-title`;
  return (
    <section aria-labelledby={titleId} className="dash-section">
      <h2 id={titleId}>{t('dash.grouping', { name: grouping.name })}</h2>
      <p className="muted">{t(grouping.inForce ? 'dash.groupingInForce' : 'dash.groupingBeside')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('dash.groupingGroup')}</th>
            <th scope="col">{t('dash.groupingFigure')}</th>
          </tr>
        </thead>
        <tbody>
          {grouping.groups.map((group) => (
            <tr key={group.code}>
              <th scope="row" className="name-cell">
                {group.name}
              </th>
              <td>
                {group.parts
                  .map((part) =>
                    group.parts.length > 1
                      ? `${t(`dash.${part.axis}`)} ${formatAxis(part.axis, part.score, locale)}`
                      : formatAxis(part.axis, part.score, locale),
                  )
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
