/** French, English, or neither: by the share of common function words. */
const FRENCH = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'est',
  'pour',
  'par',
  'une',
  'dans',
  'qui',
  'sur',
  'au',
  'aux',
  'de',
  'ce',
  'sont',
  'entre',
  'présente',
]);
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'shall',
  'by',
  'for',
  'with',
  'this',
  'is',
  'be',
  'on',
  'in',
  'that',
  'between',
  'will',
  'are',
  'as',
  'agreement',
  'parties',
]);

// Words that French and English texts hardly use: Spanish, Italian, German, Portuguese.
const OTHER = new Set([
  'el',
  'los',
  'las',
  'del',
  'y',
  'que',
  'con',
  'una',
  'por',
  'il',
  'della',
  'degli',
  'che',
  'der',
  'die',
  'das',
  'und',
  'ist',
  'mit',
  'von',
  'zu',
  'den',
  'für',
  'não',
  'em',
  'os',
  'uma',
  'do',
  'da',
]);

export function detectLanguage(text: string): { language: 'fr' | 'en' | null; share: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { language: null, share: 0 };
  let fr = 0;
  let en = 0;
  let other = 0;
  for (const word of words) {
    if (FRENCH.has(word)) fr++;
    if (ENGLISH.has(word)) en++;
    if (OTHER.has(word)) other++;
  }
  if (other > Math.max(fr, en) * 0.6) return { language: null, share: Math.max(fr, en) / words.length };
  const share = Math.max(fr, en) / words.length;
  if (share < 0.08) return { language: null, share };
  return { language: fr >= en ? 'fr' : 'en', share };
}
