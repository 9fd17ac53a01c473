// "/": the first screen of the role (entries for Puskesmas staff, the district dashboard for Dinkes,
// the districts for a province account, the provinces for the ministry's),
// in the year last shown here while the district has it, else the newest year it has a catalog for.
import { useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { Loading } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { getDistrictYears, getPuskesmasYears } from '../endpoints/years.ts';
import { homePath } from '../lib/navigation.ts';
import { openingYear, rememberedYear } from '../lib/years.ts';
import { useUser } from '../session/session.tsx';

export function Home() {
  const user = useUser();
  const [year, setYear] = useState<number | null>(null);
  const { code, level } = user.orgUnit;
  // Everyone is sent on to a screen that titles itself (a province account: its districts).
  const aboveDistricts = level === 'province' || level === 'national';
  usePageTitle(null);

  useEffect(() => {
    if (aboveDistricts) return;
    // A link followed while the years load (the shell's navigation is already on screen) wins: the
    // router renders that navigation in a transition, so this screen may still be mounted when the
    // years arrive, and sending the user home then would undo their click.
    let live = true;
    const stillHere = () => live && window.location.pathname === '/';
    const remembered = rememberedYear(localStorage);
    // The years the district has a catalog for; should they not load, the remembered (or current)
    // year opens, and its screen says what is wrong.
    (level === 'puskesmas' ? getPuskesmasYears(code) : getDistrictYears(code)).then(
      (known) => stillHere() && setYear(openingYear(known.years, remembered, new Date())),
      () => stillHere() && setYear(remembered ?? new Date().getFullYear()),
    );
    return () => {
      live = false;
    };
  }, [code, level, aboveDistricts]);

  if (aboveDistricts) return <Navigate to={homePath(user.role, user.orgUnit, 0)} replace />;
  if (year === null) return <Loading />;
  return <Navigate to={homePath(user.role, user.orgUnit, year)} replace />;
}
