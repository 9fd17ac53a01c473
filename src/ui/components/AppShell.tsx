// The frame of every signed-in screen: who is signed in (name, role, unit), the navigation of the
// role, the save queue's status, the language, and sign-out (which asks first while cells are unsaved).
import { useCallback, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { districtNav, nationalNav, paths, provinceNav, savesFigures } from '../lib/navigation.ts';
import { yearOfPath } from '../lib/route-params.ts';
import { preferredYear } from '../lib/years.ts';
import { useUser, useSession } from '../session/session.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { saveQueue } from '../save-queue/save-queue.ts';
import { pendingSummary, usePendingSummary } from '../save-queue/use-save-queue.ts';
import { SaveQueueStatus } from './save-queue/SaveQueueStatus.tsx';
import { SignOutDialog } from './save-queue/SignOutDialog.tsx';
import { useBeforeUnload } from './save-queue/use-before-unload.ts';

export function AppShell() {
  const { t } = useI18n();
  const user = useUser();
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  const location = useLocation();
  // The year on screen, so the district links keep it; else the one last shown here.
  const year = yearOfPath(location.pathname) ?? preferredYear(localStorage, new Date());
  // A Puskesmas account's screens are the tabs of its Puskesmas (PuskesmasLayout); a district's are here.
  const own =
    user.orgUnit.level === 'district'
      ? districtNav(user.role, user.orgUnit.code, year)
      : user.orgUnit.level === 'province'
        ? provinceNav(user.role, user.orgUnit.code)
        : user.orgUnit.level === 'national'
          ? nationalNav(user.role, user.orgUnit.code)
          : [];

  const unsaved = usePendingSummary().unsaved;
  const [asking, setAsking] = useState(false);
  useBeforeUnload(unsaved > 0, t('leave.unload'));

  // Signing out unmounts the shell (RequireSession sends the visitor to sign-in).
  const leave = useCallback(() => {
    setAsking(false);
    setLeaving(true);
    void signOut();
  }, [signOut]);
  // Cells not stored yet: the user chooses (save first, keep them for the next sign-in, or discard).
  const onSignOut = () => {
    if (pendingSummary(saveQueue.getSnapshot()).unsaved > 0) setAsking(true);
    else leave();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark">{t('app.name')}</span>
          <span className="brand-name">{t('app.title')}</span>
        </Link>
        {own.length > 0 && (
          <nav aria-label={t('nav.main')} className="main-nav">
            {own.map((item) => (
              <NavLink key={item.to} to={item.to}>
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
        )}
        <div className="header-tools">
          <p className="who" data-testid="who">
            <span className="who-name">{user.name}</span>
            <span className="who-role">{t(`role.${user.role}`)}</span>
            <span className="who-unit">{user.orgUnit.name}</span>
          </p>
          {savesFigures(user.role) && <SaveQueueStatus />}
          <LanguageSwitch />
          <NavLink to={paths.password} className="header-link">
            {t('nav.password')}
          </NavLink>
          <button type="button" className="secondary" onClick={onSignOut} disabled={leaving}>
            {t('logout.button')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      {asking && <SignOutDialog onSignOut={leave} onCancel={() => setAsking(false)} />}
    </div>
  );
}
