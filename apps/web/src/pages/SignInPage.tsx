import { FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ApiError } from '../lib/api';
import { useSession } from '../lib/session';
import { ForgotPassword } from '../components/ForgotPassword';
import { Button, Card, LanguageSwitch, Notice, TextField } from '../ui';

export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);
  useEffect(() => {
    document.title = `${t('signin.title')} — Passerelle`;
  }, [t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (caught) {
      const status = caught instanceof ApiError ? caught.status : 0;
      setError(
        t(
          status === 401
            ? 'signin.error.credentials'
            : status === 429
              ? 'signin.error.throttled'
              : 'signin.error.other',
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin" id="main">
      <div className="signin-top">
        <LanguageSwitch />
      </div>
      <h1 className="brand-title">Passerelle</h1>
      <p className="muted">{t('signin.tagline')}</p>
      {forgot ? (
        <Card title={t('reset.request.title')}>
          <ForgotPassword initialEmail={email} onBack={() => setForgot(false)} />
        </Card>
      ) : (
        <Card title={t('signin.title')}>
          {error && <Notice tone="error">{error}</Notice>}
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              label={t('signin.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <TextField
              label={t('signin.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <div className="row">
              <Button type="submit" variant="primary" disabled={busy}>
                {t('signin.submit')}
              </Button>
              <Button variant="ghost" onClick={() => setForgot(true)}>
                {t('signin.forgot')}
              </Button>
            </div>
          </form>
        </Card>
      )}
    </main>
  );
}
