import { FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, ApiError } from '../lib/api';
import { useRouter } from '../lib/router';
import { useSession } from '../lib/session';
import { Button, Card, LanguageSwitch, Loading, Notice, TextField } from '../ui';

type LinkState = 'checking' | 'usable' | 'dead' | 'admin_exists';

/**
 * `/setup?token=…`: the link `npm start` prints while no admin exists (POST /api/setup).
 * Creates the first admin, then signs them in.
 */
export function SetupPage() {
  const { t, locale } = useI18n();
  const { search, navigate } = useRouter();
  const { signIn } = useSession();
  const token = search.get('token') ?? '';
  const [state, setState] = useState<LinkState>(token ? 'checking' : 'dead');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t('setup.title')} — Passerelle`;
  }, [t]);

  useEffect(() => {
    if (!token) return;
    api<{ usable: boolean; adminExists: boolean }>(`/api/setup?token=${encodeURIComponent(token)}`)
      .then((status) => setState(status.adminExists ? 'admin_exists' : status.usable ? 'usable' : 'dead'))
      .catch(() => setState('dead'));
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('setup.error.name');
    if (!/^\S+@\S+\.\S+$/.test(email)) problems.email = t('setup.error.email');
    if (password.length < 12) problems.password = t('setup.error.password');
    setFieldErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setError(null);
    try {
      await api('/api/setup', { method: 'POST', body: { token, name, email, password, language: locale } });
      await signIn(email, password);
      navigate('/', { replace: true });
    } catch (caught) {
      const status = caught instanceof ApiError ? caught.status : 0;
      const field = caught instanceof ApiError ? caught.body?.field : undefined;
      if (status === 409 && field === 'token') setState('admin_exists');
      else if (status === 400 && field === 'token') setState('dead');
      else if (status === 409 && field === 'email') setFieldErrors({ email: t('setup.error.emailTaken') });
      else setError(t('setup.error.other'));
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
      <Card title={t('setup.title')}>
        {state === 'checking' && <Loading label={t('common.loading')} />}
        {state === 'dead' && <Notice tone="error">{t('setup.dead')}</Notice>}
        {state === 'admin_exists' && <Notice tone="info">{t('setup.adminExists')}</Notice>}
        {state !== 'usable' && state !== 'checking' && (
          <Button onClick={() => navigate('/', { replace: true })}>{t('setup.toSignIn')}</Button>
        )}
        {state === 'usable' && (
          <>
            <p>{t('setup.intro')}</p>
            {error && <Notice tone="error">{error}</Notice>}
            <form onSubmit={(event) => void submit(event)} noValidate>
              <TextField
                label={t('setup.name')}
                name="name"
                autoComplete="name"
                required
                value={name}
                error={fieldErrors.name}
                onChange={(event) => setName(event.target.value)}
              />
              <TextField
                label={t('setup.email')}
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                error={fieldErrors.email}
                onChange={(event) => setEmail(event.target.value)}
              />
              <TextField
                label={t('setup.password')}
                hint={t('setup.passwordHint')}
                type="password"
                name="password"
                autoComplete="new-password"
                required
                minLength={12}
                value={password}
                error={fieldErrors.password}
                onChange={(event) => setPassword(event.target.value)}
              />
              <Button type="submit" variant="primary" disabled={busy}>
                {t('setup.submit')}
              </Button>
            </form>
          </>
        )}
      </Card>
    </main>
  );
}
