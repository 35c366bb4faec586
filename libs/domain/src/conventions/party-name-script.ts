// Explicit directional formatting characters (LRE…RLO, LRI…PDI): they reorder what follows them
// on screen, so a name holding one can display as another; the app isolates names itself.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

/** A party name that cannot be stored as is: it carries a bidi control character. */
export function nameScriptProblem(name: string): string | null {
  return BIDI_CONTROLS.test(name)
    ? 'must not contain directional control characters (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM)'
    : null;
}

/**
 * Arabic and Latin letters inside one word ("Tiznitتيزنيت"): usually two names pasted together.
 * Side by side as separate words ("Tiznit – تيزنيت") is normal and not reported.
 */
export function mixesScriptsInOneWord(name: string): boolean {
  return name.split(/[\s\-–—/(),.'’]+/).some((word) => ARABIC.test(word) && LATIN.test(word));
}
