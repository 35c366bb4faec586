import { useI18n, Locale } from '../i18n/i18n';
import { api } from '../lib/api';

/** Switches to the other language; signed in, the account keeps it (reminder e-mails follow). */
export function LanguageSwitch({ persist = false }: { persist?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const change = () => {
    setLocale(other);
    if (persist) void api('/api/me', { method: 'PATCH', body: { language: other } }).catch(() => undefined);
  };
  return (
    <button
      type="button"
      className="btn btn-ghost btn-sm"
      lang={other}
      onClick={change}
      data-testid="language-switch"
    >
      {t(`language.name.${other}`)}
    </button>
  );
}
