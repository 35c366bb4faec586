/** `ar`: Arabic as Moroccan partner officers read it (dates and numerals of ar-MA). */
export type Locale = 'fr' | 'en' | 'ar';
export const LOCALES: readonly Locale[] = ['fr', 'en', 'ar'];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A user's language or an Accept-Language tag ('en-GB') to a supported locale; French otherwise. */
export function toLocale(value: string | null | undefined): Locale {
  const language = (value ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_;,]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : DEFAULT_LOCALE;
}
