/** What a file is, by its bytes (never by its name or declared type). */
export type FileKind = 'pdf' | 'docx' | 'txt' | 'spreadsheet' | 'other';

export function detectFileKind(content: Buffer): FileKind {
  if (content.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (content.length >= 4 && content.readUInt32BE(0) === 0x504b0304) {
    // A zip: Office documents name their parts in the central directory.
    const names = content.toString('latin1');
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml') || names.includes('xl/worksheets/')) return 'spreadsheet';
    return 'other';
  }
  if (content.length >= 8 && content.readUInt32BE(0) === 0xd0cf11e0) return 'other'; // .doc / .xls (OLE)
  if (looksLikeText(content)) return 'txt';
  return 'other';
}

function looksLikeText(content: Buffer): boolean {
  const head = content.subarray(0, 8192);
  if (head.length === 0) return true;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true; // UTF-16 BOM
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / head.length < 0.01;
}
