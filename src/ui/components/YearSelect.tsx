// The assessment year of the screen, kept in its address; changing it keeps the screen.
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { yearChoices } from '../lib/years.ts';

export function YearSelect({ year }: { year: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <label className="year-select">
      <span>{t('app.year')}</span>
      <select
        value={year}
        onChange={(e) => navigate(location.pathname.replace(`/${year}/`, `/${e.target.value}/`))}
      >
        {yearChoices(year).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
