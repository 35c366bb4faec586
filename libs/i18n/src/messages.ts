import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { Locale } from './locale';

export type Messages = Readonly<Record<string, string>>;

export const MESSAGES: Readonly<Record<Locale, Messages>> = { fr, en, ar };
