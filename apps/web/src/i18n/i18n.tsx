import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { formatDateLong } from '../../../../libs/i18n/src/format-date-long';
import sharedAr from '../../../../libs/i18n/src/locales/ar.json';
import sharedEn from '../../../../libs/i18n/src/locales/en.json';
import sharedFr from '../../../../libs/i18n/src/locales/fr.json';
import { formatMessage } from '../../../../libs/i18n/src/format-message';
import { setApiLanguage } from '../lib/api';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export type Locale = 'fr' | 'en' | 'ar';
export const LOCALES: readonly Locale[] = ['fr', 'en', 'ar'];

/** Arabic is written right to left: the whole layout mirrors (logical CSS properties). */
export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/** The app's own strings, over the platform's shared ones (deadline kinds, statuses, compliance). */
const MESSAGES: Record<Locale, Record<string, string>> = {
  fr: { ...sharedFr, ...fr },
  en: { ...sharedEn, ...en },
  ar: { ...sharedAr, ...ar },
};

const STORAGE_KEY = 'passerelle.locale';

/** ICU MessageFormat (plurals by the language's categories, selects), `{name:date}` written out. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  return formatMessage(MESSAGES[locale][key] ?? MESSAGES.fr[key] ?? key, locale, params);
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
  return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'fr';
}

/** French by default; the choice is kept in the browser, and in the user's account once signed in. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const locale = initialLocale();
    setApiLanguage(locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
    return locale;
  });
  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setApiLanguage(next);
    document.documentElement.lang = next;
    document.documentElement.dir = directionOf(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    // ar-MA writes Latin digits and a comma for decimals (15.000,5), as Moroccan officers do.
    const numbers = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : locale === 'ar' ? 'ar-MA' : 'en-GB');
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
