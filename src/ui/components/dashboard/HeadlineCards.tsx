// The three headline figures with their categories, the overall category and Kelompok, and a "why"
// for each figure.
import type { Headline, SettingsView } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AXES, formatAxis, formatThreshold, type Axis } from '../../lib/figures.ts';
import { CategoryBadge } from '../CategoryBadge.tsx';

const AXIS_LABEL = {
  service: 'dash.service',
  management: 'dash.management',
  quality: 'dash.quality',
} as const;

export function HeadlineCards(props: {
  headline: Headline;
  settings: SettingsView;
  onWhy(axis: Axis): void;
}) {
  const { t, locale } = useI18n();
  const { headline, settings } = props;
  return (
    <div className="headline">
      {AXES.map((axis) => {
        const [baik, cukup] = settings.thresholds[axis];
        return (
          <section
            key={axis}
            className="figure-card"
            aria-labelledby={`figure-${axis}`}
            data-testid={`figure-${axis}`}
          >
            <h2 id={`figure-${axis}`}>{t(AXIS_LABEL[axis])}</h2>
            <p className="figure-value">{formatAxis(axis, headline[axis], locale)}</p>
            <CategoryBadge category={headline.categories[axis]} />
            <p className="figure-rule">
              {t('dash.threshold', {
                baik: formatThreshold(baik, locale),
                cukup: formatThreshold(cukup, locale),
              })}
            </p>
            <button type="button" className="link-button" onClick={() => props.onWhy(axis)}>
              {t('dash.why')}
            </button>
          </section>
        );
      })}
      <section className="figure-card overall" aria-labelledby="figure-overall" data-testid="figure-overall">
        <h2 id="figure-overall">{t('dash.overall')}</h2>
        <p className="figure-value">
          <CategoryBadge category={headline.categories.overall} />
        </p>
        <p className="figure-kelompok">
          {headline.kelompok ? t('dash.kelompok', { kelompok: headline.kelompok }) : t('category.none')}
        </p>
        <p className="figure-rule">{t('dash.overallRule')}</p>
      </section>
    </div>
  );
}
