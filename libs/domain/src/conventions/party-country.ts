/** Countries are stored upper-case (ISO 3166-1 alpha-2); documents from elsewhere may not be. */
export const isFrench = (country: string): boolean => country.trim().toUpperCase() === 'FR';
export const isMoroccan = (country: string): boolean => country.trim().toUpperCase() === 'MA';
