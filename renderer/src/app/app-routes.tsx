// The routes of a signed-in tab. HashRouter works the same from file:// (Electron) and HTTP.
import { lazy, Suspense, type ReactNode } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { SessionUser, SystemStatus } from '../../../shared/api';
import type { Permission } from '../../../shared/auth/roles';
import { StartPage } from '../pages/workbench/start-page';
import { NoAccess } from '../ui/no-access';
import { PageLoading } from '../ui/page-loading';
import { MainLayout } from './main-layout';

// Heavy screens load on first use: the wall board never pulls in AG Grid, the desk never
// pulls in the board until it is opened.
const BoardPage = lazy(() => import('../pages/board/board-page').then((m) => ({ default: m.BoardPage })));
const OrgPage = lazy(() => import('../pages/org/org-page').then((m) => ({ default: m.OrgPage })));
const SettingsPage = lazy(() => import('../pages/settings/settings-page').then((m) => ({ default: m.SettingsPage })));
const RegistryPage = lazy(() => import('../pages/registry/registry-page').then((m) => ({ default: m.RegistryPage })));
const ImportWizardPage = lazy(() => import('../pages/registry/import/import-wizard-page').then((m) => ({ default: m.ImportWizardPage })));
const MapPage = lazy(() => import('../pages/map/map-page').then((m) => ({ default: m.MapPage })));
const NoticeBoardPage = lazy(() => import('../pages/notice/notice-board-page').then((m) => ({ default: m.NoticeBoardPage })));
const ContactCardPage = lazy(() => import('../pages/notice/contact-card-page').then((m) => ({ default: m.ContactCardPage })));
const CasesPage = lazy(() => import('../pages/cases/cases-page').then((m) => ({ default: m.CasesPage })));
const RoutinePage = lazy(() => import('../pages/routine/routine-page').then((m) => ({ default: m.RoutinePage })));
const AssessmentPage = lazy(() => import('../pages/assessment/assessment-page').then((m) => ({ default: m.AssessmentPage })));
const ReportPrintPage = lazy(() => import('../pages/assessment/report-print-page').then((m) => ({ default: m.ReportPrintPage })));
const MeetingsPage = lazy(() => import('../pages/meetings/meetings-page').then((m) => ({ default: m.MeetingsPage })));
const AudiencePage = lazy(() => import('../pages/presenter/audience-page').then((m) => ({ default: m.AudiencePage })));
const PresenterPage = lazy(() => import('../pages/presenter/presenter-page').then((m) => ({ default: m.PresenterPage })));
const ReportsPage = lazy(() => import('../pages/reports/reports-page').then((m) => ({ default: m.ReportsPage })));
const CasePage = lazy(() => import('../pages/cases/case-page').then((m) => ({ default: m.CasePage })));

function Guard({ user, permission, children }: { user: SessionUser; permission: Permission; children: ReactNode }) {
  return user.permissions.includes(permission) ? children : <NoAccess />;
}

export function AppRoutes({ system, user }: { system: SystemStatus; user: SessionUser }) {
  const isDisplay = user.role === 'display';
  return (
    <HashRouter>
      <Routes>
        <Route
          path="/board"
          element={
            <Guard user={user} permission="board.read">
              <Suspense fallback={<div className="tgb-loading" />}>
                <BoardPage kiosk={isDisplay} />
              </Suspense>
            </Guard>
          }
        />
        <Route
          path="/notice/:gridId"
          element={
            <Guard user={user} permission="org.read">
              <Suspense fallback={<PageLoading />}>
                <NoticeBoardPage />
              </Suspense>
            </Guard>
          }
        />
        <Route
          path="/contact-card/:gridId"
          element={
            <Guard user={user} permission="registry.read">
              <Suspense fallback={<PageLoading />}>
                <ContactCardPage />
              </Suspense>
            </Guard>
          }
        />
        <Route
          path="/assessment/report/:runId"
          element={
            <Guard user={user} permission="assessment.read">
              <Suspense fallback={<PageLoading />}>
                <ReportPrintPage />
              </Suspense>
            </Guard>
          }
        />
        <Route
          path="/present/:meetingId"
          element={
            <Guard user={user} permission="meetings.read">
              <Suspense fallback={<div className="tgb-loading" />}>
                <AudiencePage />
              </Suspense>
            </Guard>
          }
        />
        <Route
          path="/present/:meetingId/presenter"
          element={
            <Guard user={user} permission="meetings.read">
              <Suspense fallback={<div className="tgb-loading" />}>
                <PresenterPage />
              </Suspense>
            </Guard>
          }
        />
        <Route element={isDisplay ? <Navigate to="/board" replace /> : <MainLayout system={system} user={user} />}>
          <Route index element={<Navigate to="/workbench" replace />} />
          <Route path="/workbench" element={<StartPage />} />
          <Route
            path="/cases"
            element={
              <Guard user={user} permission="cases.read">
                <CasesPage />
              </Guard>
            }
          />
          <Route
            path="/cases/:id"
            element={
              <Guard user={user} permission="cases.read">
                <CasePage />
              </Guard>
            }
          />
          <Route
            path="/routine"
            element={
              <Guard user={user} permission="routine.read">
                <Suspense fallback={<PageLoading />}>
                  <RoutinePage />
                </Suspense>
              </Guard>
            }
          />
          {['/meetings', '/meetings/:id'].map((path) => (
            <Route
              key={path}
              path={path}
              element={
                <Guard user={user} permission="meetings.read">
                  <Suspense fallback={<PageLoading />}>
                    <MeetingsPage />
                  </Suspense>
                </Guard>
              }
            />
          ))}
          <Route
            path="/assessment"
            element={
              <Guard user={user} permission="assessment.read">
                <Suspense fallback={<PageLoading />}>
                  <AssessmentPage />
                </Suspense>
              </Guard>
            }
          />
          <Route
            path="/reports"
            element={
              <Guard user={user} permission="reports.read">
                <Suspense fallback={<PageLoading />}>
                  <ReportsPage />
                </Suspense>
              </Guard>
            }
          />
          <Route
            path="/registry"
            element={
              <Guard user={user} permission="registry.read">
                <RegistryPage />
              </Guard>
            }
          />
          <Route
            path="/registry/import"
            element={
              <Guard user={user} permission="registry.import">
                <ImportWizardPage />
              </Guard>
            }
          />
          <Route
            path="/map"
            element={
              <Guard user={user} permission="org.read">
                <MapPage />
              </Guard>
            }
          />
          <Route
            path="/org"
            element={
              <Guard user={user} permission="org.read">
                <OrgPage />
              </Guard>
            }
          />
          <Route path="/settings" element={<SettingsPage system={system} />} />
          <Route path="*" element={<Navigate to="/workbench" replace />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
