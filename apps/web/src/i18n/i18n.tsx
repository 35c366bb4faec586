import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { formatDateLong } from '../../../../libs/i18n/src/format-date-long';
import sharedEn from '../../../../libs/i18n/src/locales/en.json';
import sharedFr from '../../../../libs/i18n/src/locales/fr.json';
import { pluralKey } from '../../../../libs/i18n/src/translate';
import { setApiLanguage } from '../lib/api';
import en from './en.json';
import fr from './fr.json';

export type Locale = 'fr' | 'en';

/** The app's own strings, over the platform's shared ones (deadline kinds, statuses, compliance). */
const MESSAGES: Record<Locale, Record<string, string>> = {
  fr: { ...sharedFr, ...fr },
  en: { ...sharedEn, ...en },
};

const STORAGE_KEY = 'passerelle.locale';

/** With a numeric `count`, `key.one` / `key.other` (the language's plural forms) when they exist. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const message =
    MESSAGES[locale][pluralKey(MESSAGES[locale], locale, key, params.count)] ??
    MESSAGES.fr[pluralKey(MESSAGES.fr, 'fr', key, params.count)] ??
    key;
  return message.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, format?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    if (format === 'date' && typeof value === 'string') return formatDateLong(value, locale);
    return String(value);
  });
}

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: string, params?: Record<string, string | number>): string;
  /** '2 février 2026', '1er mars 2026', '2 February 2026'. */
  date(iso: string | null | undefined): string;
  number(value: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'fr' ? stored : 'fr';
}

/** French by default; the choice is kept in the browser, and in the user's account once signed in. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const locale = initialLocale();
    setApiLanguage(locale);
    document.documentElement.lang = locale;
    return locale;
  });
  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setApiLanguage(next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      date: (iso) => (iso ? formatDateLong(iso, locale) : '—'),
      number: (value) => numbers.format(value),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}
