// "/": the first screen of the role (entries for Puskesmas staff, the district dashboard for Dinkes),
// in the year last shown here, else the newest year the district has a catalog for.
import { useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { ApiError } from '../api.ts';
import { Loading } from '../components/Loading.tsx';
import { getDistrictDashboard, getPuskesmasDashboard } from '../endpoints/dashboards.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { homePath } from '../lib/navigation.ts';
import { newestYearWithData, rememberedYear } from '../lib/years.ts';
import { useUser } from '../session/session.tsx';

export function Home() {
  const user = useUser();
  const { t } = useI18n();
  const [year, setYear] = useState<number | null>(() => rememberedYear(localStorage));
  const { code, level } = user.orgUnit;

  useEffect(() => {
    if (year !== null || level === 'province') return;
    let live = true;
    const hasData = async (y: number) => {
      try {
        await (level === 'puskesmas' ? getPuskesmasDashboard(code, y) : getDistrictDashboard(code, y));
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return false;
        throw error;
      }
    };
    void newestYearWithData(new Date().getFullYear(), hasData).then((y) => live && setYear(y));
    return () => {
      live = false;
    };
  }, [year, code, level]);

  if (level === 'province') {
    return (
      <section className="page narrow">
        <h1>{t('app.title')}</h1>
        <p>{user.orgUnit.name}</p>
      </section>
    );
  }
  if (year === null) return <Loading />;
  return <Navigate to={homePath(user.role, user.orgUnit, year)} replace />;
}
