import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { Button, Notice, useToast } from '../ui';

// The address is shown once by the API (only its hash is kept): the app keeps it for the session,
// so going from the calendar to the settings shows the same one instead of making another.
let sessionFeed: string | null = null;

/**
 * The calendar feed: an address made only on an explicit, confirmed request (a new one stops
 * the old one), then shown with a copy button, a webcal: link (Outlook, Apple) and Google's.
 */
export function FeedSubscription({ revocable = false }: { revocable?: boolean }) {
  const { t } = useI18n();
  const { notify } = useToast();
  const [url, setUrl] = useState<string | null>(sessionFeed);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const webcal = url?.replace(/^https?:/, 'webcal:') ?? '';

  const create = async () => {
    setError(null);
    try {
      const feed = await api<{ url: string }>('/api/me/calendar-token', { method: 'POST' });
      sessionFeed = feed.url;
      setUrl(feed.url);
      setConfirming(false);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  const revoke = async () => {
    setError(null);
    try {
      await api('/api/me/calendar-token', { method: 'DELETE' });
      sessionFeed = null;
      setUrl(null);
      notify(t('settings.feed.revoked'));
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      notify(t('feed.copied'));
    } catch {
      notify(t('feed.copy_failed'));
    }
  };

  return (
    <div className="stack" data-testid="feed">
      {error && <Notice tone="error">{error}</Notice>}
      {url ? (
        <>
          <label className="field-label" htmlFor="feed-url">
            {t('feed.address')}
          </label>
          <div className="row">
            <input
              id="feed-url"
              className="input feed-url"
              readOnly
              value={url}
              data-testid="feed-url"
              onFocus={(event) => event.target.select()}
            />
            <Button onClick={() => void copy()}>{t('feed.copy')}</Button>
          </div>
          <div className="row">
            <a className="btn btn-secondary btn-md" href={webcal}>
              {t('feed.open_webcal')}
            </a>
            <a
              className="btn btn-secondary btn-md"
              href={`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('feed.open_google')}
            </a>
          </div>
          <p className="muted">{t('feed.keep')}</p>
        </>
      ) : (
        <p>{t('feed.none_shown')}</p>
      )}
      {confirming ? (
        <div className="stack" role="group" aria-label={t('feed.confirm.title')}>
          <p>{t('feed.confirm.text')}</p>
          <div className="row">
            <Button variant="primary" onClick={() => void create()}>
              {t('feed.confirm.yes')}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="row">
          <Button variant={url ? 'secondary' : 'primary'} onClick={() => setConfirming(true)}>
            {t(url ? 'feed.replace' : 'feed.create')}
          </Button>
          {revocable && (
            <Button variant="danger" onClick={() => void revoke()}>
              {t('settings.feed.revoke')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
