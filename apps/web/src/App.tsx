import { lazy, Suspense } from 'react';
import { ApdPage } from './pages/ApdPage';
import { I18nProvider, useI18n } from './i18n/i18n';
import { matchPath, Router, useRouter } from './lib/router';
import { SessionProvider, useSession } from './lib/session';
import { ConventionPage } from './pages/ConventionPage';
import { ConventionsPage } from './pages/ConventionsPage';
import { DashboardPage } from './pages/DashboardPage';
import { EditConventionPage } from './pages/EditConventionPage';
import { MeetingPage } from './pages/MeetingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RemindersPage } from './pages/RemindersPage';
import { SettingsPage } from './pages/SettingsPage';
import { SignInPage } from './pages/SignInPage';
import { Loading } from './ui';

// FullCalendar is the heaviest part of the bundle: loaded only when the calendar is opened.
const CalendarPage = lazy(() => import('./pages/CalendarPage'));

function Routes() {
  const { path } = useRouter();
  const { me, loading } = useSession();
  const { t } = useI18n();
  if (loading) return <Loading label={t('common.loading')} />;
  if (!me) return <SignInPage />;
  let params: Record<string, string> | null;
  if (path === '/' || path === '') return <DashboardPage />;
  if (path === '/conventions' || path === '/conventions/') return <ConventionsPage />;
  if (path === '/conventions/new') return <EditConventionPage />;
  if ((params = matchPath('/conventions/:id/edit', path))) return <EditConventionPage id={params.id} />;
  if ((params = matchPath('/conventions/:id', path))) return <ConventionPage id={params.id} />;
  if ((params = matchPath('/meetings/:id', path))) return <MeetingPage id={params.id} />;
  if (path === '/calendar')
    return (
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <CalendarPage />
      </Suspense>
    );
  if (path === '/apd') return <ApdPage />;
  if (path === '/settings') return <SettingsPage />;
  if (path === '/reminders') return <RemindersPage />;
  return <NotFoundPage />;
}

export function App() {
  return (
    <I18nProvider>
      <Router>
        <SessionProvider>
          <Routes />
        </SessionProvider>
      </Router>
    </I18nProvider>
  );
}
