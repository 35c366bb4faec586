import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { PDFDocument, PDFFont, StandardFonts } from 'pdf-lib';

/** Real files made in the test, for the readers to read (no fixture to trust blindly). */

function wrap(line: string, width: number, measure: (text: string) => number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (measure(next) > width && current) {
      out.push(current);
      current = word;
    } else current = next;
  }
  out.push(current);
  return out;
}

/** Characters Helvetica (WinAnsi) cannot draw are replaced by "?": the text stays the text. */
function drawable(font: PDFFont, text: string): string {
  let out = '';
  for (const char of text) {
    try {
      font.encodeText(char);
      out += char;
    } catch {
      out += '?';
    }
  }
  return out;
}

/** A PDF with a text layer: the text set in Helvetica 10 pt on A4 pages, repeated to `minPages`. */
export async function textPdf(text: string, minPages = 1): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const size = 10;
  const lines = text
    .split('\n')
    .flatMap((line) => wrap(drawable(font, line), 495, (t) => font.widthOfTextAtSize(t, size)));
  let page = pdf.addPage([595, 842]);
  let y = 800;
  const draw = (line: string) => {
    if (y < 50) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
    page.drawText(line, { x: 50, y, size, font });
    y -= 13;
  };
  lines.forEach(draw);
  while (pdf.getPageCount() < minPages) lines.forEach(draw);
  return Buffer.from(await pdf.save());
}

/** A page of text rendered as an image (as a scanner would) at 150 dpi. */
export function textImage(text: string): Buffer {
  const width = 1240;
  const height = 1754;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#111111';
  context.font = '26px sans-serif';
  let y = 110;
  for (const paragraph of text.split('\n')) {
    for (const line of wrap(paragraph, width - 200, (t) => context.measureText(t).width)) {
      if (y > height - 80) break;
      context.fillText(line, 100, y);
      y += 38;
    }
    y += paragraph.trim() ? 14 : 0;
  }
  return canvas.toBuffer('image/png');
}

/** A scanned PDF: each text a page holding only its image, no text layer. */
export async function scannedPdf(pages: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (const text of pages) {
    const image = await pdf.embedPng(textImage(text));
    const page = pdf.addPage([595, 842]);
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return Buffer.from(await pdf.save());
}

/** An image-only PDF of `pages` pages (one small image shared by every page). */
export async function imageOnlyPdf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const canvas = createCanvas(64, 64);
  const context = canvas.getContext('2d');
  context.fillStyle = '#888888';
  context.fillRect(8, 8, 48, 48);
  const image = await pdf.embedPng(canvas.toBuffer('image/png'));
  for (let i = 0; i < pages; i++)
    pdf.addPage([595, 842]).drawImage(image, { x: 100, y: 400, width: 64, height: 64 });
  return Buffer.from(await pdf.save());
}

/** A minimal Word document, one paragraph a line. */
export async function docx(text: string): Promise<Buffer> {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text
    .split('\n')
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`)
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A PDF whose standard security handler wants a user password (RC4, revision 2). */
export function encryptedPdf(): Buffer {
  const hex32 = 'a5'.repeat(32);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'0'.repeat(32)}> <${'0'.repeat(32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
