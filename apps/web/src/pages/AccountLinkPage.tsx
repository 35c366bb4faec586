import { FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, ApiError } from '../lib/api';
import { Link, useRouter } from '../lib/router';
import { Button, Card, LanguageSwitch, Notice, TextField } from '../ui';

/** The page a reset or invitation link opens: a new password (twice), then back to sign in. */
export function AccountLinkPage({ purpose }: { purpose: 'reset' | 'invitation' }) {
  const { t } = useI18n();
  const { search } = useRouter();
  const token = search.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = t(purpose === 'reset' ? 'reset.title' : 'invitation.title');
  useEffect(() => {
    document.title = `${title} — Passerelle`;
  }, [title]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (password !== again) return setError(t('reset.mismatch'));
    try {
      const path = purpose === 'reset' ? '/api/auth/password-reset/confirm' : '/api/auth/invitation/accept';
      await api(path, { method: 'POST', body: { token, password } });
      setDone(true);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 400 ? t('reset.invalid') : (caught as Error).message,
      );
    }
  };
  return (
    <main className="signin" id="main">
      <div className="signin-top">
        <LanguageSwitch />
      </div>
      <h1 className="brand-title">Passerelle</h1>
      <Card title={title}>
        {done ? (
          <Notice tone="success">
            {t('reset.done')} <Link to="/">{t('reset.sign_in')}</Link>
          </Notice>
        ) : (
          <form onSubmit={(event) => void submit(event)} className="stack">
            {error && <Notice tone="error">{error}</Notice>}
            <TextField
              label={t('reset.password')}
              hint={t('reset.password.hint')}
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <TextField
              label={t('reset.password.again')}
              type="password"
              autoComplete="new-password"
              required
              value={again}
              onChange={(event) => setAgain(event.target.value)}
            />
            <Button type="submit" variant="primary" disabled={password.length < 12 || !token}>
              {t('reset.submit')}
            </Button>
          </form>
        )}
      </Card>
    </main>
  );
}
