// The screens and their addresses.
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from './components/Loading.tsx';
import { AppShell } from './components/AppShell.tsx';
import { RequireSession } from './components/RequireSession.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { ChangePassword } from './routes/ChangePassword.tsx';
import { EntryScreen } from './routes/EntryScreen.tsx';
import { Home } from './routes/Home.tsx';
import { DistrictHome } from './routes/DistrictHome.tsx';
import { PuskesmasHome } from './routes/PuskesmasHome.tsx';
import { NotFound } from './routes/NotFound.tsx';
import { ProfileScreen } from './routes/ProfileScreen.tsx';
import { PuskesmasLayout } from './routes/PuskesmasLayout.tsx';
import { RubricScreen } from './routes/RubricScreen.tsx';
import { SignIn } from './routes/SignIn.tsx';
import { TargetsScreen } from './routes/TargetsScreen.tsx';
import { UsersScreen } from './routes/UsersScreen.tsx';
import { WarningsScreen } from './routes/WarningsScreen.tsx';
import { AnalysisScreen } from './routes/AnalysisScreen.tsx';
import { DistrictFeedback } from './routes/DistrictFeedback.tsx';
import { SharedTargets } from './routes/SharedTargets.tsx';
import { FeedbackPrint } from './routes/FeedbackPrint.tsx';
import { FeedbackScreen } from './routes/FeedbackScreen.tsx';
import { MeetingsScreen } from './routes/MeetingsScreen.tsx';
import { DistrictWarnings } from './routes/DistrictWarnings.tsx';
import { DistrictStatus } from './routes/DistrictStatus.tsx';
import { AccreditationScreen } from './routes/AccreditationScreen.tsx';
import { DistrictAccreditation } from './routes/DistrictAccreditation.tsx';
import { VerificationQueue } from './routes/VerificationQueue.tsx';
import { ReportScreen } from './routes/ReportScreen.tsx';
import { CatalogScreen } from './routes/CatalogScreen.tsx';
import { DistrictReports } from './routes/DistrictReports.tsx';
import { NationalProvinces } from './routes/NationalProvinces.tsx';
import { ProvinceDistricts } from './routes/ProvinceDistricts.tsx';
import { VerificationScreen } from './routes/VerificationScreen.tsx';
import { SaveQueueSession } from './save-queue/use-save-queue.ts';
import { SessionProvider } from './session/session.tsx';

// The dashboards bring ECharts: loaded when first opened, so entry and sign-in stay light.
const PuskesmasDashboard = lazy(async () => ({
  default: (await import('./routes/PuskesmasDashboard.tsx')).PuskesmasDashboard,
}));
const DistrictDashboard = lazy(async () => ({
  default: (await import('./routes/DistrictDashboard.tsx')).DistrictDashboard,
}));

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <SaveQueueSession />
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<SignIn />} />
            <Route element={<RequireSession />}>
              {/* A letter to print: the document alone, without the application around it. */}
              <Route path="puskesmas/:code/:year/feedback/:letterId/print" element={<FeedbackPrint />} />
              <Route element={<AppShell />}>
                <Route index element={<Home />} />
                <Route path="password" element={<ChangePassword />} />
                <Route path="puskesmas/:code/:year" element={<PuskesmasLayout />}>
                  <Route path="home" element={<PuskesmasHome />} />
                  <Route path="entries" element={<EntryScreen />} />
                  <Route path="rubric" element={<RubricScreen />} />
                  <Route path="targets" element={<TargetsScreen />} />
                  <Route path="profile" element={<ProfileScreen />} />
                  <Route path="warnings" element={<WarningsScreen />} />
                  <Route path="analysis" element={<AnalysisScreen />} />
                  <Route path="feedback" element={<FeedbackScreen />} />
                  <Route path="meetings" element={<MeetingsScreen />} />
                  <Route path="accreditation" element={<AccreditationScreen />} />
                  <Route path="verification" element={<VerificationScreen />} />
                  <Route path="report" element={<ReportScreen />} />
                  <Route
                    path="dashboard"
                    element={
                      <Later>
                        <PuskesmasDashboard />
                      </Later>
                    }
                  />
                </Route>
                <Route
                  path="districts/:code/:year/dashboard"
                  element={
                    <Later>
                      <DistrictDashboard />
                    </Later>
                  }
                />
                <Route path="districts/:code/:year/home" element={<DistrictHome />} />
                <Route path="districts/:code/:year/warnings" element={<DistrictWarnings />} />
                <Route path="districts/:code/:year/status" element={<DistrictStatus />} />
                <Route path="districts/:code/:year/feedback" element={<DistrictFeedback />} />
                <Route path="districts/:code/:year/shared-targets" element={<SharedTargets />} />
                <Route path="districts/:code/:year/accreditation" element={<DistrictAccreditation />} />
                <Route path="districts/:code/:year/verification" element={<VerificationQueue />} />
                <Route path="districts/:code/:year/reports" element={<DistrictReports />} />
                <Route path="districts/:code/:year/catalog" element={<CatalogScreen />} />
                <Route path="provinces/:code/districts" element={<ProvinceDistricts />} />
                <Route path="national/:code" element={<NationalProvinces />} />
                <Route path="districts/:code/users" element={<UsersScreen />} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
