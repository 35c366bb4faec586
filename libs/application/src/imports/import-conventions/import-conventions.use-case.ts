import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  assertCanWrite,
  conventionFromRow,
  conventionToRow,
  mergeRow,
  DomainError,
  REQUIRED_COLUMNS,
  TEMPLATE_COLUMNS,
  TemplateColumn,
  validateConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { PortfolioImportItem, PortfolioRepository } from '../../ports/portfolio.repository';
import { DEFAULT_TIME_ZONE } from '../../tokens';
import { ImportedLink, linkNamedOrganizations } from '../link-named-organizations';
import { deriveColumns } from '../../conventions/convention-view';

export const MAX_IMPORT_ROWS = 50_000;
const NO_DEADLINES = {
  startsOn: null,
  endsOn: null,
  anySigned: false,
  allSigned: false,
  deadlinesUntil: null,
  deadlines: [],
};

export interface SpreadsheetRowOutcome {
  line: number;
  status: 'create' | 'update' | 'unchanged' | 'error';
  reference: string | null;
  problems: Array<{ field: string; message: string }>;
}

export interface SpreadsheetImportResult {
  rows: SpreadsheetRowOutcome[];
  created: number;
  updated: number;
  dryRun: boolean;
  /** The parties of new conventions linked to the organization on the platform they are (issue 17). */
  linkedOrganizations: ImportedLink[];
}

/**
 * `POST /api/imports/conventions?dryRun=`: rows of cells (header row first) → each row's outcome;
 * `dryRun=false` writes every row or none. `mapping` names the column holding each template field.
 */
@Injectable()
export class ImportConventionsUseCase {
  constructor(
    private readonly portfolio: PortfolioRepository,
    private readonly clock: ClockPort,
    @Inject(DEFAULT_TIME_ZONE) private readonly defaultTimeZone: string,
  ) {}

  async execute(
    table: string[][],
    options: { dryRun: boolean; mapping?: Partial<Record<TemplateColumn, string>> },
    actor: Actor,
  ): Promise<SpreadsheetImportResult> {
    assertCanWrite(actor);
    if (actor.role !== 'admin')
      throw new DomainError('forbidden', 'file: only an admin imports conventions in bulk', 'file');
    const [header, ...body] = table;
    if (!header) throw new DomainError('invalid_input', 'file: empty', 'file');
    if (body.length > MAX_IMPORT_ROWS)
      throw new DomainError('invalid_input', `file: more than ${MAX_IMPORT_ROWS} rows`, 'file');
    const names = header.map((name) => name.trim().replace(/^\uFEFF/, ''));
    const index = new Map<TemplateColumn, number>();
    for (const column of TEMPLATE_COLUMNS) {
      const wanted = options.mapping?.[column] ?? column;
      const at = names.findIndex((name) => name.toLowerCase() === wanted.toLowerCase());
      if (at >= 0) index.set(column, at);
      else if (options.mapping?.[column])
        throw new DomainError(
          'invalid_input',
          `mapping.${column}: no column « ${wanted} »`,
          `mapping.${column}`,
        );
    }
    const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
    if (missing.length)
      throw new DomainError(
        'invalid_input',
        `file: missing required column ${missing.join(', ')}`,
        missing[0],
      );

    const now = this.clock.now();
    const parsed = body.map((cells, position) => {
      const row: Partial<Record<TemplateColumn, string>> = {};
      for (const [column, at] of index) row[column] = cells[at] ?? '';
      const { document, problems } = conventionFromRow(row);
      const doc = document ? { ...document, timeZone: this.defaultTimeZone } : null;
      if (doc)
        for (const problem of validateConvention(doc))
          problems.push({ field: problem.field, message: problem.message });
      return {
        line: position + 2,
        doc: problems.length ? null : doc,
        problems,
        reference: row.reference?.trim() || null,
      };
    });
    const seen = new Map<string, number>();
    for (const row of parsed) {
      if (!row.reference) continue;
      if (seen.has(row.reference)) {
        row.problems.push({
          field: 'reference',
          message: `same reference as line ${seen.get(row.reference)}`,
        });
        row.doc = null;
      } else seen.set(row.reference, row.line);
    }
    const existing = await this.portfolio.findByReferences(
      parsed.flatMap((row) => (row.reference && row.doc ? [row.reference] : [])),
    );
    const items: PortfolioImportItem[] = [];
    const rows: SpreadsheetRowOutcome[] = parsed.map((row) => {
      if (!row.doc)
        return { line: row.line, status: 'error', reference: row.reference, problems: row.problems };
      const stored = existing.get(row.doc.reference);
      // Unchanged when every cell the template holds reads the same as the stored convention's.
      if (stored && JSON.stringify(conventionToRow(stored)) === JSON.stringify(conventionToRow(row.doc)))
        return { line: row.line, status: 'unchanged', reference: row.reference, problems: [] };
      const { id, createdAt, updatedAt, ...storedDoc } = stored ?? ({} as Record<string, never>);
      void createdAt;
      void updatedAt;
      const doc = stored
        ? { ...mergeRow(storedDoc as typeof row.doc, row.doc), timeZone: stored.timeZone }
        : row.doc;
      if (stored) {
        const invalid = validateConvention(doc);
        if (invalid.length)
          return {
            line: row.line,
            status: 'error',
            reference: row.reference,
            problems: invalid.map((problem) => ({ field: problem.field, message: problem.message })),
          };
      }
      items.push({
        key: `spreadsheet:${row.doc.reference}`,
        source: 'spreadsheet',
        contentHash: createHash('sha256').update(JSON.stringify(doc)).digest('hex'),
        existingId: id ?? null,
        doc,
        // Deadlines are computed only for a write: a preview needs none.
        derived: options.dryRun ? NO_DEADLINES : deriveColumns(doc, now),
        rawInstrument: null,
        state: 'agreement',
        sources: [],
        lineFrom: row.line,
        lineTo: row.line,
        portfolio: null,
      });
      return { line: row.line, status: stored ? 'update' : 'create', reference: row.reference, problems: [] };
    });
    const failed = rows.some((row) => row.status === 'error');
    if (!options.dryRun && failed) {
      throw Object.assign(
        new DomainError(
          'invalid_input',
          'file: some rows have problems; nothing was imported (see rows)',
          'file',
        ),
        { rows },
      );
    }
    // The preview shows the links the import would make, the import makes them.
    const linkedOrganizations = items.length
      ? linkNamedOrganizations(items, await this.portfolio.organizations(), now)
      : [];
    if (!options.dryRun && items.length) await this.portfolio.importAll(items, actor);
    return {
      linkedOrganizations,
      rows,
      created: rows.filter((row) => row.status === 'create').length,
      updated: rows.filter((row) => row.status === 'update').length,
      dryRun: options.dryRun,
    };
  }
}
