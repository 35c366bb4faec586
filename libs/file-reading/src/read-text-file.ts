import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * A text file in whatever encoding a town hall saved it: a BOM decides; valid UTF-8 is UTF-8;
 * else chardet's best guess among the legacy encodings (Windows-1252, ISO-8859-1/15, …).
 */
export function readTextFile(content: Buffer): { text: string; encoding: string } {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) {
    return { text: content.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  }
  if (content[0] === 0xff && content[1] === 0xfe)
    return { text: iconv.decode(content.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (content[0] === 0xfe && content[1] === 0xff)
    return { text: iconv.decode(content.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: utf8.decode(content), encoding: 'UTF-8' };
  } catch {
    const guess = chardet.detect(content) ?? 'windows-1252';
    const encoding = iconv.encodingExists(guess) && !/^UTF-8$/i.test(guess) ? guess : 'windows-1252';
    return { text: iconv.decode(content, encoding), encoding };
  }
}
