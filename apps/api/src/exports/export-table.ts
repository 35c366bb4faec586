import ExcelJS from 'exceljs';
import { Locale } from '@passerelle/i18n';

export type Cell = string | number | null;

/** A sheet of an export: typed columns so that XLSX gets real dates and numbers. */
export interface ExportTable {
  name: string;
  columns: Array<{ header: string; kind?: 'text' | 'date' | 'number'; width?: number }>;
  rows: Cell[][];
}

/** French Excel reads `;`-separated files; English Excel reads `,`. */
export function csvSeparator(locale: Locale): string {
  return locale === 'fr' ? ';' : ',';
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with a quote
 * (OWASP CSV injection): text typed by officers must never execute on a colleague's machine.
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: Cell, separator: string): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends, UTF-8 with a BOM so that Excel reads the accents. */
export function toCsv(table: ExportTable, locale: Locale): string {
  const separator = csvSeparator(locale);
  const lines = [table.columns.map((column) => column.header), ...table.rows].map((row) =>
    row.map((value) => csvCell(value, separator)).join(separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** `plainSheets`: extra sheets of text cells, written as they are (the conventions' import sheet). */
export async function toXlsx(
  table: ExportTable,
  locale: Locale,
  plainSheets: Array<{ name: string; rows: string[][] }> = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width ?? 18,
    style:
      column.kind === 'date'
        ? { numFmt: locale === 'fr' ? 'dd/mm/yyyy' : 'dd mmm yyyy' }
        : column.kind === 'number'
          ? { numFmt: '#,##0.##' }
          : { alignment: { wrapText: true, vertical: 'top' } },
  }));
  for (const row of table.rows) {
    sheet.addRow(
      row.map((value, index) =>
        table.columns[index].kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? new Date(`${value}T00:00:00Z`)
          : value,
      ),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  for (const plain of plainSheets) workbook.addWorksheet(plain.name).addRows(plain.rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
