import { LOCALES, Locale, useI18n } from '../i18n/i18n';
import { api } from '../lib/api';

/** Switches to another language; signed in, the account keeps it (reminder e-mails follow). */
export function LanguageSwitch({ persist = false }: { persist?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  const change = (other: Locale) => {
    setLocale(other);
    if (persist) void api('/api/me', { method: 'PATCH', body: { language: other } }).catch(() => undefined);
  };
  return (
    <>
      {LOCALES.filter((other) => other !== locale).map((other) => (
        <button
          key={other}
          type="button"
          className="btn btn-ghost btn-sm"
          lang={other}
          // The label may be in the interface's language (« Arabe (العربية) »): its own text decides.
          dir="auto"
          onClick={() => change(other)}
          data-testid={other === 'ar' ? 'language-switch-ar' : 'language-switch'}
        >
          {t(`language.name.${other}`)}
        </button>
      ))}
    </>
  );
}
