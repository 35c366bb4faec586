import { lazy, Suspense } from 'react';
import { I18nProvider, useI18n } from './i18n/i18n';
import { matchPath, Router, useRouter } from './lib/router';
import { SessionProvider, useSession } from './lib/session';
import { AccountLinkPage } from './pages/AccountLinkPage';
import { ConventionPage } from './pages/ConventionPage';
import { ConventionsPage } from './pages/ConventionsPage';
import { DashboardPage } from './pages/DashboardPage';
import { EditConventionPage } from './pages/EditConventionPage';
import { MeetingPage } from './pages/MeetingPage';
import { NewFromDocumentPage } from './pages/NewFromDocumentPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PartyLinksPage } from './pages/PartyLinksPage';
import { RemindersPage } from './pages/RemindersPage';
import { SearchPage } from './pages/SearchPage';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';
import { SignInPage } from './pages/SignInPage';
import { Loading, ToastProvider } from './ui';

// FullCalendar is the heaviest part of the bundle: loaded only when the calendar is opened.
const CalendarPage = lazy(() => import('./pages/CalendarPage'));

function Routes() {
  const { path } = useRouter();
  const { me, loading } = useSession();
  const { t } = useI18n();
  // The first-start link works signed out; it creates the first admin and signs them in.
  if (path === '/setup') return <SetupPage />;
  if (path === '/reset-password') return <AccountLinkPage purpose="reset" />;
  if (path === '/invitation') return <AccountLinkPage purpose="invitation" />;
  if (loading) return <Loading label={t('common.loading')} />;
  if (!me) return <SignInPage />;
  let params: Record<string, string> | null;
  if (path === '/' || path === '') return <DashboardPage />;
  if (path === '/conventions' || path === '/conventions/') return <ConventionsPage />;
  if (path === '/conventions/new') return <EditConventionPage />;
  if (path === '/conventions/new/document') return <NewFromDocumentPage />;
  if ((params = matchPath('/conventions/:id/edit', path))) return <EditConventionPage id={params.id} />;
  if ((params = matchPath('/conventions/:id', path))) return <ConventionPage id={params.id} />;
  if ((params = matchPath('/meetings/:id', path))) return <MeetingPage id={params.id} />;
  if (path === '/calendar')
    return (
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <CalendarPage />
      </Suspense>
    );
  if (path === '/settings') return <SettingsPage />;
  if (path === '/search') return <SearchPage />;
  if (path === '/reminders') return <RemindersPage />;
  if (path === '/party-links') return <PartyLinksPage />;
  return <NotFoundPage />;
}

export function App() {
  return (
    <I18nProvider>
      <Router>
        <SessionProvider>
          <ToastProvider>
            <Routes />
          </ToastProvider>
        </SessionProvider>
      </Router>
    </I18nProvider>
  );
}
