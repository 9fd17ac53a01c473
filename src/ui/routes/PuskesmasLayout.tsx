// The frame of one Puskesmas-year: its name, district and year, and the tabs of its screens. A
// district account also gets a way back to the district and a switch to another Puskesmas.
import { useCallback, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useOutletContext, useParams } from 'react-router';
import type { PuskesmasDetail } from '../../shared/api/org-units.schema.ts';
import type { UnitYears } from '../../shared/api/years.schema.ts';
import { Loaded } from '../components/Loading.tsx';
import { PuskesmasSwitch } from '../components/PuskesmasSwitch.tsx';
import { useConfirmLeave } from '../components/save-queue/use-confirm-leave.tsx';
import { useResource } from '../components/use-resource.ts';
import { YearMissing } from '../components/YearMissing.tsx';
import { YearSelect } from '../components/YearSelect.tsx';
import { YearStatus } from '../components/workflow/YearStatus.tsx';
import { getPuskesmas } from '../endpoints/org-units.ts';
import { getPuskesmasYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { navRows, paths, puskesmasNav } from '../lib/navigation.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { hasYear, rememberYear } from '../lib/years.ts';
import { useUser } from '../session/session.tsx';
import { NotFound } from './NotFound.tsx';

export interface PuskesmasYearContext {
  puskesmas: PuskesmasDetail;
  year: number;
  /**
   * Reads the year's status bar again: a screen calls it after a change that decides which moves
   * are open (the verifier closing the last returned item opens "Verifikasi").
   */
  refreshStatus(): void;
}

export function usePuskesmasYear(): PuskesmasYearContext {
  return useOutletContext<PuskesmasYearContext>();
}

export function PuskesmasLayout() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  // The Puskesmas and the years its district has, together: a year without a catalog is said plainly
  // before any screen asks for it.
  const resource = useResource(
    (signal) => Promise.all([getPuskesmas(code, signal), getPuskesmasYears(code, signal)]),
    code,
  );
  const known = resource.data?.[1];
  useEffect(() => {
    if (year !== null && known && hasYear(known.years, year)) rememberYear(localStorage, year);
  }, [year, known]);
  if (year === null) return <NotFound />;
  return (
    <Loaded resource={resource}>
      {([puskesmas, years]) => <Frame puskesmas={puskesmas} year={year} known={years} />}
    </Loaded>
  );
}

function Frame({
  puskesmas,
  year,
  known,
}: Omit<PuskesmasYearContext, 'refreshStatus'> & { known: UnitYears }) {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const tabs = puskesmasNav(user.role, puskesmas.code, year);
  const districtUser = user.orgUnit.level !== 'puskesmas';
  // Another year or Puskesmas with cells of this one not stored yet: asked first.
  const leave = useConfirmLeave({ puskesmas: puskesmas.code, name: puskesmas.name, year });
  const [moves, setMoves] = useState(0);
  const [statusVersion, setStatusVersion] = useState(0);
  const refreshStatus = useCallback(() => setStatusVersion((n) => n + 1), []);
  return (
    <div className="unit-frame">
      <div className="unit-bar">
        <div className="unit-title">
          {districtUser && (
            <Link to={paths.district(puskesmas.district.code, year)} className="back-link">
              ← {puskesmas.district.name}
            </Link>
          )}
          <p className="unit-name">
            <strong>{puskesmas.name}</strong>{' '}
            <span className="muted">
              {puskesmas.code} · {puskesmas.rawatInap ? t('district.rawatInap') : t('level.puskesmas')}
            </span>
          </p>
        </div>
        <nav aria-label={t('nav.main')} className="tabs">
          {navRows(tabs).map((row) => (
            <div key={row[0]!.to} className="tab-row">
              {row.map((tab) => (
                <NavLink key={tab.to} to={tab.to}>
                  {t(tab.label)}
                </NavLink>
              ))}
            </div>
          ))}
        </nav>
        <div className="unit-tools">
          {districtUser && (
            <PuskesmasSwitch
              districtCode={puskesmas.district.code}
              current={puskesmas.code}
              onChoose={(code) =>
                leave.confirm(() =>
                  navigate(location.pathname.replace(`/puskesmas/${puskesmas.code}/`, `/puskesmas/${code}/`)),
                )
              }
            />
          )}
          <YearSelect year={year} years={known.years} confirm={leave.confirm} />
        </div>
      </div>
      {hasYear(known.years, year) ? (
        <>
          <YearStatus
            code={puskesmas.code}
            year={year}
            districtName={puskesmas.district.name}
            version={statusVersion}
            onMoved={() => setMoves((n) => n + 1)}
          />
          {/* A move changes what every screen of the year allows: they read it again. */}
          <Outlet key={moves} context={{ puskesmas, year, refreshStatus } satisfies PuskesmasYearContext} />
        </>
      ) : (
        <YearMissing year={year} known={known} />
      )}
      {leave.dialog}
    </div>
  );
}
