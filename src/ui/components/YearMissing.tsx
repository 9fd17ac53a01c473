// A year the district has no indicator catalog for (typed in the address, an old bookmark): said
// plainly, with who opens a new year and the years there are — not an error to retry.
import { Link, useLocation } from 'react-router';
import type { UnitYears } from '../../shared/api/years.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function YearMissing({
  year,
  known,
  headingLevel = 1,
}: {
  year: number;
  known: UnitYears;
  /** 2 inside a page that has its own title. */
  headingLevel?: 1 | 2;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section
      className={headingLevel === 1 ? 'page narrow year-missing' : 'year-missing'}
      aria-labelledby="year-missing-title"
    >
      <Heading id="year-missing-title">{t('year.missingTitle', { year })}</Heading>
      <p className="notice" data-testid="year-missing">
        {t('year.missing', { year, district: known.district.name })} {t('year.whoOpens')}
      </p>
      {known.years.length > 0 && (
        <p>
          {t('year.available')}{' '}
          {known.years.map((y, i) => (
            <span key={y.year}>
              {i > 0 ? ', ' : ''}
              <Link to={location.pathname.replace(`/${year}/`, `/${y.year}/`)}>{y.year}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
