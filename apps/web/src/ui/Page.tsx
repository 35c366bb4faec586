import { ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { HeaderSearch } from '../components/HeaderSearch';
import { Link, useRouter } from '../lib/router';
import { useMyOrganization } from '../lib/use-my-organization';
import { useSession } from '../lib/session';
import { Button } from './Button';
import { LanguageSwitch } from './LanguageSwitch';

const NAV: Array<{ to: string; key: string }> = [
  { to: '/', key: 'nav.dashboard' },
  { to: '/conventions', key: 'nav.conventions' },
  { to: '/calendar', key: 'nav.calendar' },
  { to: '/reminders', key: 'nav.reminders' },
  { to: '/party-links', key: 'nav.party_links' },
  { to: '/settings', key: 'nav.settings' },
];

function isCurrent(to: string, path: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

/**
 * Every signed-in page: a skip link, the header with the navigation and the language switch, and
 * the page's own title as its one h1 (also the document title, and where focus lands on navigation).
 */
export function Page({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { me, signOut } = useSession();
  const { path } = useRouter();
  const organization = useMyOrganization();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Passerelle`;
  }, [title]);
  useEffect(() => {
    // After a client-side navigation, screen readers start from the new page's title.
    heading.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            Passerelle
            {organization && <span className="brand-organization">{organization.name}</span>}
          </Link>
          <nav aria-label={t('nav.label')} className="app-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} aria-current={isCurrent(item.to, path) ? 'page' : undefined}>
                    {t(item.key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <HeaderSearch />
          <div className="app-user">
            <LanguageSwitch persist />
            {me && (
              <span className="app-user-name" title={me.email}>
                {me.name}
              </span>
            )}
            <Button variant="ghost" size="sm" onClick={() => void signOut()}>
              {t('nav.sign_out')}
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <div className="page-header">
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {actions && <div className="page-actions">{actions}</div>}
        </div>
        {children}
      </main>
    </>
  );
}
