/** A country's name in the interface's language, from its ISO 3166-1 code (the browser knows them all). */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countriesOf(entries: Array<{ countries: string[] }>): string[] {
  return [...new Set(entries.flatMap((entry) => entry.countries))].sort();
}
