import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Bytes of a text or CSV file → text. A BOM decides; else valid UTF-8 is UTF-8 (most files today);
 * else chardet guesses among the legacy encodings an officer's Excel writes (Windows-1252 mostly,
 * where « € » is 0x80), and iconv-lite decodes it.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const guess = chardet.detect(bytes);
    // ISO-8859-1 and Windows-1252 differ only in 0x80–0x9F, where 1252 has « € » and curly quotes.
    const encoding =
      !guess || /^ISO-8859-1$/i.test(guess) || !iconv.encodingExists(guess) ? 'windows-1252' : guess;
    return { text: iconv.decode(bytes, encoding), encoding };
  }
}
