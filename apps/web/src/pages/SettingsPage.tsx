import { FormEvent, useEffect, useState } from 'react';
import { FeedSubscription } from '../components/FeedSubscription';
import { ForgotPassword } from '../components/ForgotPassword';
import { useI18n, Locale } from '../i18n/i18n';
import { api } from '../lib/api';
import { Link } from '../lib/router';
import { useSession } from '../lib/session';
import { FollowChoice } from '../lib/types';
import { useGet } from '../lib/use-api';
import {
  Button,
  Card,
  CheckboxField,
  Loading,
  Notice,
  Page,
  RadioGroup,
  Reference,
  Table,
  TextField,
} from '../ui';

/** Conventions per page of the follow list: enough to scan, small enough for thousands of them. */
const PAGE_SIZE = 20;

export function SettingsPage() {
  const { t, locale, setLocale } = useI18n();
  const { me, refresh } = useSession();
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reminderMode, setReminderMode] = useState<'immediate' | 'digest'>(me?.reminderMode ?? 'immediate');
  const following = useGet('/api/me/following');

  const patch = async (body: Record<string, string>, message: string) => {
    setError(null);
    setSaved(null);
    try {
      await api('/api/me', { method: 'PATCH', body });
      await refresh();
      setSaved(message);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  const changeLanguage = (value: Locale) => {
    setLocale(value);
    void patch({ language: value }, t('settings.saved'));
  };

  const follow = async (conventionId: string, value: boolean) => {
    setError(null);
    try {
      await api(`/api/conventions/${conventionId}/follow`, { method: 'POST', body: { following: value } });
      await following.reload();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  return (
    <Page title={t('settings.title')}>
      {saved && <Notice tone="success">{saved}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="grid">
        <Card title={t('settings.account')}>
          <RadioGroup<Locale>
            legend={t('settings.language')}
            name="language"
            value={locale}
            onChange={changeLanguage}
            options={[
              { value: 'fr', label: t('language.name.fr') },
              { value: 'en', label: t('language.name.en') },
              { value: 'ar', label: t('language.name.ar') },
            ]}
          />
          <RadioGroup<'immediate' | 'digest'>
            legend={t('settings.reminderMode')}
            name="reminderMode"
            value={reminderMode}
            onChange={(value) => {
              setReminderMode(value);
              void patch({ reminderMode: value }, t('settings.saved'));
            }}
            options={[
              { value: 'immediate', label: t('settings.reminderMode.immediate') },
              { value: 'digest', label: t('settings.reminderMode.digest') },
            ]}
          />
        </Card>
        <Card title={t('settings.password')}>
          <p>{t('settings.password.intro')}</p>
          <ForgotPassword initialEmail={me?.email ?? ''} />
        </Card>
        <Card title={t('settings.feed')}>
          <p>{t('settings.feed.intro')}</p>
          <FeedSubscription revocable />
          <p className="muted">{t('calendar.subscribe.warning')}</p>
        </Card>
      </div>
      <Card title={t('settings.following')}>
        <p className="muted">{t('settings.following.intro')}</p>
        {!following.data ? (
          <Loading label={t('common.loading')} />
        ) : (
          <FollowedConventions choices={following.data} onFollow={follow} />
        )}
      </Card>
    </Page>
  );
}

/**
 * Every convention is followed unless muted: the muted ones first (to follow again), then any
 * convention found by a search (`GET /api/conventions?q=`), a page at a time.
 */
function FollowedConventions({
  choices,
  onFollow,
}: {
  choices: FollowChoice[];
  onFollow(conventionId: string, value: boolean): Promise<void>;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  // Searching as one types, once the typing pauses.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQ(text.trim());
      setPage(1);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const list = useGet('/api/conventions', {
    params: { query: { q: q || undefined, page, pageSize: PAGE_SIZE } },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
    setPage(1);
  };
  const state = new Map(choices.map((entry) => [entry.conventionId, entry.following]));
  const muted = choices.filter((entry) => !entry.following);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <div className="stack">
      <section aria-labelledby="muted-conventions">
        <h3 id="muted-conventions">{t('settings.following.muted', { count: muted.length })}</h3>
        {muted.length === 0 ? (
          <p className="empty">{t('settings.following.muted.empty')}</p>
        ) : (
          <ul className="plain-list" data-testid="muted-conventions">
            {muted.map((entry) => (
              <li key={entry.conventionId} className="row">
                <Link to={`/conventions/${entry.conventionId}`}>{entry.title}</Link>
                <span className="muted">
                  <Reference code={entry.reference} />
                </span>
                <Button
                  size="sm"
                  aria-label={t('settings.following.again_for', { name: entry.reference })}
                  onClick={() => void onFollow(entry.conventionId, true)}
                >
                  {t('settings.following.again')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form className="filters" role="search" onSubmit={submit} aria-label={t('settings.following.search')}>
        <TextField
          label={t('settings.following.search')}
          hint={t('conventions.search.hint')}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="field">
          <Button type="submit" variant="primary">
            {t('conventions.search.submit')}
          </Button>
        </div>
      </form>
      {list.error && <Notice tone="error">{list.error.message}</Notice>}
      {!list.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <>
          <p className="muted" role="status">
            {t('conventions.count', { total: list.data.total, count: list.data.total })}
          </p>
          <Table
            caption={t('settings.following')}
            captionHidden
            rows={list.data.items}
            rowKey={(row) => row.id}
            empty={t('conventions.empty')}
            columns={[
              {
                header: t('convention.one'),
                cell: (row) => <Link to={`/conventions/${row.id}`}>{row.title}</Link>,
              },
              { header: t('convention.reference'), cell: (row) => row.reference },
              {
                header: t('settings.following.column'),
                cell: (row) => (
                  <CheckboxField
                    label={t('settings.following.checkbox', { name: row.reference })}
                    checked={state.get(row.id) ?? true}
                    onChange={(event) => void onFollow(row.id, event.target.checked)}
                  />
                ),
              },
            ]}
          />
          {pages > 1 && (
            <nav className="row" aria-label={t('settings.following.pages')}>
              <Button size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('common.previous')}
              </Button>
              <span>{t('common.page_of', { page, pages })}</span>
              <Button size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('common.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
