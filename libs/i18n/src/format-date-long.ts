import { Locale } from './locale';

const MONTHS: Record<Locale, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  // The Moroccan names (Intl ar-MA), not the Mashriq ones: يوليوز، غشت، شتنبر, not تموز، آب، أيلول.
  ar: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'ماي',
    'يونيو',
    'يوليوز',
    'غشت',
    'شتنبر',
    'أكتوبر',
    'نونبر',
    'دجنبر',
  ],
};

/**
 * '2 février 2026', '1er mars 2026', '2 February 2026', '2 فبراير 2026' (ar-MA writes Latin digits), built from the date's own parts so that
 * no time zone can shift the day. Anything that is not YYYY-MM-DD is returned unchanged.
 */
export function formatDateLong(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[locale]?.[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  const day = Number(match[3]);
  const dayText = locale === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${month} ${Number(match[1])}`;
}
