import { scannedPdf, textPdf } from '../../testing/src/documents';
import { PdfReadError, readPdf, stopPdfTextReader } from './pdf-reader';

// Real PDFs made here, read by the real worker threads (pdf.js, and tesseract.js for the scan).
describe('readPdf', () => {
  jest.setTimeout(120_000);
  afterAll(() => stopPdfTextReader());

  it('reads text layers one after another in the warm thread, each its own text', async () => {
    const first = await textPdf('ARTICLE 1\nLa présente convention est conclue pour une durée de trois ans.');
    const second = await textPdf('ARTICLE 2\nThe committee meets twice a year.', 3);
    const [a, b] = await Promise.all([readPdf(first, { ocr: false }), readPdf(second, { ocr: false })]);
    expect(a.texts.join('')).toContain('durée de trois ans');
    expect(b.pages).toBe(3);
    expect(b.texts[0]).toContain('twice a year');
    expect(b.texts.join('')).not.toContain('durée');
    const again = await readPdf(first, { ocr: false });
    expect(again.texts).toEqual(a.texts);
  });

  it('refuses a damaged PDF and reads the next one (the thread survives)', async () => {
    const good = await textPdf('ARTICLE 1\nLe comité de pilotage se réunit au moins une fois par an.');
    const damaged = Buffer.concat([good.subarray(0, 200), Buffer.from('garbage')]);
    await expect(readPdf(damaged, { ocr: false })).rejects.toBeInstanceOf(PdfReadError);
    const after = await readPdf(good, { ocr: false });
    expect(after.texts.join('')).toContain('au moins une fois par an');
  });

  it('reads a scanned page from its grey image, one page at a time, with progress', async () => {
    const scan = await scannedPdf(['ARTICLE 3\nLa convention est renouvelable par tacite reconduction.']);
    const progress: number[] = [];
    const result = await readPdf(scan, { ocr: true, onProgress: (page) => progress.push(page) });
    expect(result.needsOcr).toEqual([1]);
    expect(result.texts[0]).toMatch(/tacite\s+reconduction/);
    expect(result.ocrPages[0].confidence).toBeGreaterThan(80);
    expect(progress).toEqual([0, 1]);
  });
});
