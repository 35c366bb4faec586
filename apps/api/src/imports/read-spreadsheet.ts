import { BadRequestException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeText } from './decode-text';

/** The sheet of the conventions export (GET /api/exports/conventions.xlsx) that re-imports. */
export const IMPORT_SHEET = 'import';

function badFile(message: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `file: ${message}`,
    field: 'file',
  });
}

/** A cell as text: a formula is kept as its formula (the row then names it), never as its cached result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value)
      return `=${(value as { formula?: string }).formula ?? ''}`;
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * CSV (any delimiter among ; , tab, any encoding a BOM or chardet tells) or XLSX (first sheet) →
 * rows of text cells, the header first. csv-parse copes with quoted multi-line cells.
 */
export async function readSpreadsheet(bytes: Buffer, filename: string): Promise<string[][]> {
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip, as every .xlsx is
  if (isXlsx) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw badFile(`${filename} is not a readable XLSX workbook`);
    }
    const sheet = workbook.getWorksheet(IMPORT_SHEET) ?? workbook.worksheets[0];
    if (!sheet) throw badFile('the workbook has no sheet');
    const rows: string[][] = [];
    // columnCount walks every row: read once, not per row (10,000 rows took minutes).
    const columns = sheet.columnCount;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let column = 1; column <= columns; column += 1) cells.push(cellText(row.getCell(column).value));
      rows.push(cells);
    });
    return rows;
  }
  if (bytes.includes(0)) throw badFile('neither CSV text nor an XLSX workbook');
  const { text } = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0];
  const delimiter = [';', '\t', ',']
    .map((candidate) => [candidate, firstLine.split(candidate).length] as const)
    .sort((a, b) => b[1] - a[1])[0][0];
  try {
    const rows: string[][] = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
    return rows;
  } catch (error) {
    throw badFile(`not a readable CSV (${error instanceof Error ? error.message : String(error)})`);
  }
}
