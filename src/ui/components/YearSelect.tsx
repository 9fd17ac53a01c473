// The assessment year of the screen, kept in its address; changing it keeps the screen. It offers the
// years the district has a catalog for (GET …/years), and shows a year typed in the address as not there.
import { useLocation, useNavigate, useParams } from 'react-router';
import type { UnitYear } from '../../shared/api/years.schema.ts';
import { getDistrictYears, getPuskesmasYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { yearOptions } from '../lib/years.ts';
import { useResource } from './use-resource.ts';

export function YearSelect({
  year,
  years,
  confirm,
}: {
  year: number;
  /** The district's years, when the screen has them; else the select loads them for the unit in the address. */
  years?: readonly UnitYear[] | undefined;
  /** Asks first when leaving would drop something (cells not stored yet), then calls `proceed`. */
  confirm?: (proceed: () => void) => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const offered = useUnitYears(years);
  return (
    <label className="year-select">
      <span>{t('app.year')}</span>
      <select
        value={year}
        onChange={(e) => {
          const go = () => navigate(location.pathname.replace(`/${year}/`, `/${e.target.value}/`));
          if (confirm) confirm(go);
          else go();
        }}
      >
        {yearOptions(offered, year).map((o) => (
          <option key={o.year} value={o.year} disabled={o.missing}>
            {o.missing
              ? t('year.notThere', { year: o.year })
              : o.draft
                ? t('year.draftCatalog', { year: o.year })
                : o.year}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `given`, or the years of the unit in the address (/puskesmas/:code/… or /districts/:code/…). */
function useUnitYears(given: readonly UnitYear[] | undefined): readonly UnitYear[] | undefined {
  const { code = '' } = useParams();
  const puskesmas = useLocation().pathname.startsWith('/puskesmas/');
  const own = useResource(
    (signal) =>
      given !== undefined
        ? Promise.resolve(null)
        : (puskesmas ? getPuskesmasYears : getDistrictYears)(code, signal),
    given !== undefined ? 'given' : `${puskesmas ? 'puskesmas' : 'district'}/${code}`,
  );
  return given ?? own.data?.years;
}
