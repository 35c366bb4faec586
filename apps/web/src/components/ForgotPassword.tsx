import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { Button, Notice, TextField } from '../ui';

/** Asks for a reset link by e-mail (the API answers 202 whether the address exists or not). */
export function ForgotPassword({ initialEmail = '', onBack }: { initialEmail?: string; onBack?(): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState(initialEmail);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api('/api/auth/password-reset', { method: 'POST', body: { email } });
      setSent(true);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="stack" aria-label={t('reset.request.title')}>
      {sent && <Notice tone="success">{t('reset.request.sent', { email })}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <TextField
        label={t('signin.email')}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <div className="row">
        <Button type="submit" variant="primary" disabled={!email.includes('@')}>
          {t('reset.request.submit')}
        </Button>
        {onBack && (
          <Button variant="ghost" onClick={onBack}>
            {t('reset.back')}
          </Button>
        )}
      </div>
    </form>
  );
}
