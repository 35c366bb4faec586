import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  DomainError,
  ImportedConvention,
  partyNameKey,
  readRepertoire,
  REPERTOIRE_SOURCE,
  RepertoireProblem,
  validateConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import {
  ConventionPartiesRow,
  PortfolioImportItem,
  PortfolioRepository,
} from '../../ports/portfolio.repository';
import { DEFAULT_TIME_ZONE } from '../../tokens';
import { deriveColumns } from '../../conventions/convention-view';
import { ImportedLink, linkNamedOrganizations } from '../link-named-organizations';

export interface RepertoireImportRow {
  line: number;
  reference: string;
  status: 'create' | 'update' | 'unchanged' | 'link' | 'error';
  conventionId: string | null;
  title: string;
}

export interface RepertoireImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Entries matching a convention already in the database by its parties: offered, not duplicated. */
  links: Array<{ line: number; reference: string; conventionId: string; existingReference: string }>;
  conventions: RepertoireImportRow[];
  /** "AUTRES PARTENARIATS RÉPERTORIÉS": listed, not imported as conventions. */
  others: Array<{ line: number; french: string; moroccan: string; details: string }>;
  problems: RepertoireProblem[];
  /** The parties of new conventions linked to the organization on the platform they are (issue 17). */
  linkedOrganizations: ImportedLink[];
}

const partyKey = partyNameKey;

function hashOf(imported: ImportedConvention): string {
  const { document, portfolio, rawInstrument, state, sources } = imported;
  return createHash('sha256')
    .update(JSON.stringify({ document, portfolio, rawInstrument, state, sources }))
    .digest('hex');
}

/**
 * `POST /api/imports/repertoire` and `npm run import:repertoire`: the 2008 directory in, one
 * transaction. Re-importing the same file changes nothing (each convention is keyed by its
 * parties and hashed); an entry whose parties are those of a convention the database already holds
 * (not from this directory) is offered as a link, never duplicated.
 */
@Injectable()
export class ImportRepertoireUseCase {
  constructor(
    private readonly portfolio: PortfolioRepository,
    private readonly clock: ClockPort,
    @Inject(DEFAULT_TIME_ZONE) private readonly defaultTimeZone: string,
  ) {}

  /** `actor` null: the command line, run by whoever runs the server. */
  async execute(text: string, actor: Actor | null): Promise<RepertoireImportResult> {
    if (actor && actor.role !== 'admin')
      throw new DomainError('forbidden', 'file: only an admin imports the directory', 'file');
    if (text.includes('\u0000')) throw new DomainError('invalid_input', 'file: not a text file', 'file');
    const read = readRepertoire(text);
    if (read.conventions.length === 0) {
      throw new DomainError(
        'invalid_input',
        'file: not the 2008 directory (no entry with its partners, representatives and "Cadre juridique" was found)',
        'file',
      );
    }
    const problems = [...read.problems];
    const now = this.clock.now();
    const imported = await this.portfolio.findImported(read.conventions.map((item) => item.key));
    const names = [
      ...new Set(read.conventions.flatMap((item) => item.document.parties.map((party) => party.name))),
    ];
    const candidates = await this.portfolio.findByPartyNames(names);
    const importedIds = new Set([...imported.values()].map((record) => record.conventionId));

    const result: RepertoireImportResult = {
      created: 0,
      updated: 0,
      unchanged: 0,
      links: [],
      conventions: [],
      others: [],
      problems,
      linkedOrganizations: [],
    };
    const items: PortfolioImportItem[] = [];
    for (const convention of read.conventions) {
      const doc = { ...convention.document, timeZone: this.defaultTimeZone };
      const row: RepertoireImportRow = {
        line: convention.lineFrom,
        reference: doc.reference,
        status: 'create',
        conventionId: null,
        title: doc.title,
      };
      result.conventions.push(row);
      const invalid = validateConvention(doc);
      if (invalid.length > 0) {
        row.status = 'error';
        for (const problem of invalid)
          problems.push({ line: convention.lineFrom, field: problem.field, message: problem.message });
        continue;
      }
      const contentHash = hashOf(convention);
      const record = imported.get(convention.key);
      if (record) {
        row.conventionId = record.conventionId;
        if (record.contentHash === contentHash) {
          row.status = 'unchanged';
          result.unchanged += 1;
          continue;
        }
        row.status = 'update';
        result.updated += 1;
      } else {
        const match = this.sameParties(candidates, convention, importedIds);
        if (match) {
          row.status = 'link';
          row.conventionId = match.id;
          result.links.push({
            line: convention.lineFrom,
            reference: doc.reference,
            conventionId: match.id,
            existingReference: match.reference,
          });
          problems.push({
            line: convention.lineFrom,
            field: 'parties',
            message: `same parties as convention ${match.reference} already in the database: offered as a link, not imported again`,
          });
          continue;
        }
        result.created += 1;
      }
      items.push({
        key: convention.key,
        source: REPERTOIRE_SOURCE,
        contentHash,
        existingId: record?.conventionId ?? null,
        doc,
        derived: deriveColumns(doc, now),
        rawInstrument: convention.rawInstrument,
        state: convention.state,
        sources: convention.sources,
        lineFrom: convention.lineFrom,
        lineTo: convention.lineTo,
        portfolio: convention.portfolio,
      });
    }
    result.others = read.others.map((other) => ({
      line: other.heading.line,
      french: other.french,
      moroccan: other.moroccan,
      details: other.details.map((line) => line.text).join('\n'),
    }));
    if (items.length > 0) {
      result.linkedOrganizations = linkNamedOrganizations(items, await this.portfolio.organizations(), now);
      await this.portfolio.importAll(items, actor);
    }
    const written = await this.portfolio.findImported(items.map((item) => item.key));
    for (const row of result.conventions) {
      const item = items.find((candidate) => candidate.doc.reference === row.reference);
      if (item) row.conventionId = written.get(item.key)?.conventionId ?? row.conventionId;
    }
    problems.sort((a, b) => a.line - b.line);
    return result;
  }

  private sameParties(
    candidates: ConventionPartiesRow[],
    convention: ImportedConvention,
    importedIds: Set<string>,
  ): ConventionPartiesRow | undefined {
    const wanted = convention.document.parties
      .map((party) => partyKey(party.name))
      .sort()
      .join('|');
    return candidates.find(
      (candidate) =>
        !importedIds.has(candidate.id) &&
        candidate.parties
          .map((party) => partyKey(party.name))
          .sort()
          .join('|') === wanted,
    );
  }
}
