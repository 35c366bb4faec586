import { useState } from 'react';
import { useI18n, Locale } from '../i18n/i18n';
import { api } from '../lib/api';
import { Link } from '../lib/router';
import { useSession } from '../lib/session';
import { Convention, Page as ApiPage } from '../lib/types';
import { useApi } from '../lib/use-api';
import { Button, Card, CheckboxField, Loading, Notice, Page, RadioGroup, Table } from '../ui';

export function SettingsPage() {
  const { t, locale, setLocale } = useI18n();
  const { me, refresh } = useSession();
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [feed, setFeed] = useState<{ url: string } | null>(null);
  const [reminderMode, setReminderMode] = useState<'immediate' | 'digest'>(me?.reminderMode ?? 'immediate');
  const conventions = useApi<ApiPage<Convention>>('/api/conventions?pageSize=200');
  const following = useApi<Array<{ conventionId: string; following: boolean }>>('/api/me/following');

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

  const newFeed = async () => {
    setError(null);
    try {
      setFeed(await api<{ url: string }>('/api/me/calendar-token', { method: 'POST' }));
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  const dropFeed = async () => {
    setError(null);
    try {
      await api('/api/me/calendar-token', { method: 'DELETE' });
      setFeed(null);
      setSaved(t('settings.feed.revoked'));
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  const choices = new Map((following.data ?? []).map((entry) => [entry.conventionId, entry.following]));

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
        <Card title={t('settings.feed')}>
          <p>{t('settings.feed.intro')}</p>
          {feed && (
            <p className="feed-url" data-testid="feed-url">
              {feed.url}
            </p>
          )}
          <div className="row">
            <Button variant="primary" onClick={() => void newFeed()}>
              {t('settings.feed.new')}
            </Button>
            <Button variant="danger" onClick={() => void dropFeed()}>
              {t('settings.feed.revoke')}
            </Button>
          </div>
          <p className="muted">{t('calendar.subscribe.warning')}</p>
        </Card>
      </div>
      <Card title={t('settings.following')}>
        <p className="muted">{t('settings.following.intro')}</p>
        {!conventions.data || !following.data ? (
          <Loading label={t('common.loading')} />
        ) : (
          <Table
            caption={t('settings.following')}
            captionHidden
            rows={conventions.data.items}
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
                    checked={choices.get(row.id) ?? true}
                    onChange={(event) => void follow(row.id, event.target.checked)}
                  />
                ),
              },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
