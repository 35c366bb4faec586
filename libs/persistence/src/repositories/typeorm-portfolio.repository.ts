import {
  ConventionPartiesRow,
  PortfolioImportItem,
  PortfolioRepository,
  PortfolioView,
} from '@passerelle/application';
import {
  Actor,
  Contact,
  DomainError,
  HistoryEvent,
  impreciseDateBounds,
  PartyProfile,
  Portfolio,
  Project,
  StoredConvention,
} from '@passerelle/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ClauseEntity } from '../entities/clause.entity';
import { ConventionEntity } from '../entities/convention.entity';
import { FinancialCommitmentEntity } from '../entities/financial-commitment.entity';
import { PartyEntity } from '../entities/party.entity';
import { toConventionEntity } from '../mappers/convention.mapper';
import { loadConventionsAfter } from './convention-batches';
import { insertDeadlines, replaceDeadlines, setHorizons } from './deadline-rows';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// PostgreSQL takes at most 65,535 parameters a statement: rows go in chunks.
const CHUNK = 500;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

/** Inserts rows given as JSON objects through jsonb_to_recordset: one statement, any row count. */
async function insertJson(manager: EntityManager, table: string, columns: Record<string, string>, rows: Row[], suffix = ''): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const definition = names.map((name) => `${name} ${columns[name]}`).join(', ');
  for (const part of chunks(rows, 5000)) {
    await manager.query(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${definition}) ${suffix}`,
      [JSON.stringify(part)],
    );
  }
}

export class TypeormPortfolioRepository extends PortfolioRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async findImported(keys: string[]): Promise<Map<string, { conventionId: string; contentHash: string }>> {
    if (keys.length === 0) return new Map();
    const rows: Row[] = await this.dataSource.query(
      'SELECT source_key, convention_id, content_hash FROM import_records WHERE source_key = ANY($1::text[])',
      [keys],
    );
    return new Map(rows.map((row) => [row.source_key, { conventionId: row.convention_id, contentHash: row.content_hash }]));
  }

  async findByReferences(references: string[]): Promise<Map<string, StoredConvention>> {
    const found = new Map<string, StoredConvention>();
    for (const part of chunks(references, 5000)) {
      const loaded = await loadConventionsAfter(this.dataSource.manager, null, part.length, 'c.reference = ANY($3::text[])', [part]);
      for (const { convention } of loaded) found.set(convention.reference, convention);
    }
    return found;
  }

  async findByPartyNames(names: string[]): Promise<ConventionPartiesRow[]> {
    if (names.length === 0) return [];
    const patterns = names.map((name) => `%${name.toLowerCase().replace(/[\\%_]/g, (match) => `\\${match}`)}%`);
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.id, c.reference, json_agg(json_build_object('name', p.name, 'country', p.country) ORDER BY p.position) AS parties
         FROM conventions c JOIN convention_parties p ON p.convention_id = c.id
        WHERE c.id IN (SELECT convention_id FROM convention_parties WHERE lower(name) LIKE ANY($1::text[]))
        GROUP BY c.id, c.reference`,
      [patterns],
    );
    return rows.map((row) => ({ id: row.id, reference: row.reference, parties: row.parties }));
  }

  async importAll(items: PortfolioImportItem[], actor: Actor | null): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        // Two imports of the same file at once: the second waits, then finds every key taken.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['passerelle:import']);
        const taken = await manager.query('SELECT source_key FROM import_records WHERE source_key = ANY($1::text[])', [
          items.filter((item) => !item.existingId).map((item) => item.key),
        ]);
        if (taken.length > 0) throw new DomainError('conflict', `file: imported meanwhile (${taken[0].source_key}); import again`, 'file');
        const ids = new Map<PortfolioImportItem, string>();
        for (const part of chunks(items.filter((item) => !item.existingId))) {
          const entities = part.map((item) => toConventionEntity(item.doc, item.derived));
          const inserted = await manager.insert(
            ConventionEntity,
            entities.map(({ parties, clauses, financialCommitments, ...row }) => row),
          );
          part.forEach((item, index) => ids.set(item, inserted.identifiers[index].id));
          await this.insertChildren(manager, entities, part.map((item) => ids.get(item) as string));
          await insertDeadlines(manager, part.map((item) => ({ conventionId: ids.get(item) as string, deadlines: item.derived.deadlines })));
        }
        for (const item of items.filter((candidate) => candidate.existingId)) {
          const id = item.existingId as string;
          ids.set(item, id);
          const existing = await manager.findOne(ConventionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
          if (!existing) throw new DomainError('conflict', `convention ${id} was deleted during the import`, 'file');
          await manager.delete(PartyEntity, { convention: { id } });
          await manager.delete(ClauseEntity, { convention: { id } });
          await manager.delete(FinancialCommitmentEntity, { convention: { id } });
          const entity = toConventionEntity(item.doc, item.derived, existing);
          const { parties, clauses, financialCommitments, ...row } = entity;
          await manager.update(ConventionEntity, { id }, { ...row, id: undefined, createdAt: undefined, updatedAt: new Date() } as object);
          await this.insertChildren(manager, [Object.assign(entity, { parties, clauses, financialCommitments })], [id]);
          await replaceDeadlines(manager, [{ conventionId: id, deadlines: item.derived.deadlines }]);
        }
        await setHorizons(manager, items.map((item) => ({ id: ids.get(item) as string, until: item.derived.deadlinesUntil })));
        const all = [...ids.entries()];
        // A convention keeps the record of where it first came from; the same source rewrites its own.
        await manager.query('DELETE FROM import_records WHERE convention_id = ANY($1::uuid[]) AND source = ANY($2::text[])', [
          all.map(([, id]) => id),
          [...new Set(items.map((item) => item.source))],
        ]);
        await insertJson(
          manager,
          'import_records',
          { convention_id: 'uuid', source: 'text', source_key: 'text', content_hash: 'text', raw_instrument: 'text', state: 'text', sources: 'jsonb', line_from: 'int', line_to: 'int' },
          all.map(([item, id]) => ({
            convention_id: id, source: item.source, source_key: item.key, content_hash: item.contentHash,
            raw_instrument: item.rawInstrument, state: item.state, sources: item.sources, line_from: item.lineFrom, line_to: item.lineTo,
          })),
          'ON CONFLICT DO NOTHING',
        );
        const withPortfolio = all.filter(([item]) => item.portfolio);
        await this.replacePortfolios(manager, withPortfolio.map(([item, id]) => ({ id, portfolio: item.portfolio as Portfolio })));
        await insertJson(
          manager,
          'audit_log',
          { actor: 'text', action: 'text', entity: 'text', entity_id: 'text', convention_id: 'uuid', after: 'jsonb' },
          all.map(([item, id]) => ({
            actor: actor?.email ?? null, action: item.existingId ? 'import_update' : 'import', entity: 'convention',
            entity_id: id, convention_id: id, after: { ...item.doc, id, importKey: item.key },
          })),
        );
      });
    } catch (error) {
      if (error instanceof Error && 'code' in error && (error as { code?: string }).code === '23505')
        throw new DomainError('conflict', `reference: already taken (${(error as { detail?: string }).detail ?? ''})`, 'reference');
      throw error;
    }
  }

  private async insertChildren(manager: EntityManager, entities: ConventionEntity[], ids: string[]): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const link = <T extends object>(rows: T[], id: string): any[] => rows.map((row) => ({ ...row, convention: { id } }));
    const parties = entities.flatMap((entity, index) => link(entity.parties, ids[index]));
    const clauses = entities.flatMap((entity, index) => link(entity.clauses, ids[index]));
    const commitments = entities.flatMap((entity, index) => link(entity.financialCommitments, ids[index]));
    for (const part of chunks(parties, 2000)) await manager.insert(PartyEntity, part);
    for (const part of chunks(clauses, 2000)) await manager.insert(ClauseEntity, part);
    for (const part of chunks(commitments, 2000)) await manager.insert(FinancialCommitmentEntity, part);
  }

  private async replacePortfolios(manager: EntityManager, items: Array<{ id: string; portfolio: Portfolio }>): Promise<void> {
    if (items.length === 0) return;
    const ids = items.map((item) => item.id);
    for (const table of ['convention_projects', 'convention_history_events', 'party_contacts', 'party_profiles'])
      await manager.query(`DELETE FROM ${table} WHERE convention_id = ANY($1::uuid[])`, [ids]);
    const projects = items.flatMap(({ id, portfolio }) => portfolio.projects.map((project, position) => ({ id, project, position })));
    // Ids made here: the budget lines need their project's id without a round trip per project.
    const projectIds = projects.map(() => randomUUID());
    await insertJson(
      manager,
      'convention_projects',
      { id: 'uuid', convention_id: 'uuid', position: 'int', title: 'text', status: 'text', period: 'text', starts_value: 'text', starts_precision: 'text', ends_value: 'text', ends_precision: 'text', objectives: 'text', project_owner: 'text', beneficiaries: 'text', domains: 'text[]', line_from: 'int', line_to: 'int' },
      projects.map(({ id, project, position }, index) => ({ id: projectIds[index], ...projectRow(id, project, position) })),
    );
    await insertJson(
      manager,
      'project_budget_lines',
      { project_id: 'uuid', position: 'int', role: 'text', amount: 'numeric', currency: 'text', contributor: 'text', contributor_kind: 'text', nature: 'text', in_kind_amount: 'numeric', year_from: 'int', year_to: 'int', words: 'text', line: 'int' },
      projects.flatMap(({ project }, index) =>
        project.budgetLines.map((line, position) => ({
          project_id: projectIds[index], position, role: line.role, amount: line.amount, currency: line.currency,
          contributor: line.contributor, contributor_kind: line.contributorKind, nature: line.nature,
          in_kind_amount: line.inKindAmount ?? null, year_from: line.yearFrom ?? null, year_to: line.yearTo ?? null,
          words: line.words ?? null, line: line.line ?? null,
        })),
      ),
    );
    await insertJson(
      manager,
      'convention_history_events',
      { convention_id: 'uuid', position: 'int', kind: 'text', date_value: 'text', date_precision: 'text', date_from: 'date', date_to: 'date', party: 'text', words: 'text', line: 'int' },
      items.flatMap(({ id, portfolio }) => portfolio.history.map((event, position) => eventRow(id, event, position))),
    );
    await insertJson(
      manager,
      'party_contacts',
      { convention_id: 'uuid', position: 'int', party: 'text', role: 'text', name: 'text', title: 'text', phone: 'text', email: 'text', address: 'text', as_of: 'text', line: 'int' },
      items.flatMap(({ id, portfolio }) => portfolio.contacts.map((contact, position) => contactRow(id, contact, position))),
    );
    await insertJson(
      manager,
      'party_profiles',
      { convention_id: 'uuid', party: 'text', population: 'bigint', domains: 'text[]', line: 'int' },
      items.flatMap(({ id, portfolio }) =>
        portfolio.profiles.map((profile) => ({ convention_id: id, party: profile.party, population: profile.population ?? null, domains: profile.domains, line: profile.line ?? null })),
      ),
    );
  }

  async get(conventionId: string): Promise<PortfolioView> {
    const q = (sql: string) => this.dataSource.query(sql, [conventionId]) as Promise<Row[]>;
    const [records, projects, lines, events, contacts, profiles] = await Promise.all([
      q('SELECT * FROM import_records WHERE convention_id = $1'),
      q('SELECT * FROM convention_projects WHERE convention_id = $1 ORDER BY position'),
      q(`SELECT l.* FROM project_budget_lines l JOIN convention_projects p ON p.id = l.project_id
          WHERE p.convention_id = $1 ORDER BY l.project_id, l.position`),
      q('SELECT * FROM convention_history_events WHERE convention_id = $1 ORDER BY date_from NULLS LAST, position'),
      q('SELECT * FROM party_contacts WHERE convention_id = $1 ORDER BY position'),
      q('SELECT * FROM party_profiles WHERE convention_id = $1 ORDER BY party'),
    ]);
    const record = records[0];
    return {
      importRecord: record
        ? {
            source: record.source, key: record.source_key, rawInstrument: record.raw_instrument, state: record.state,
            sources: record.sources, lineFrom: record.line_from, lineTo: record.line_to,
            importedAt: new Date(record.imported_at).toISOString(),
          }
        : null,
      projects: projects.map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status,
        period: row.period,
        startsOn: row.starts_value ? { value: row.starts_value, precision: row.starts_precision } : null,
        endsOn: row.ends_value ? { value: row.ends_value, precision: row.ends_precision } : null,
        objectives: row.objectives,
        projectOwner: row.project_owner,
        beneficiaries: row.beneficiaries,
        domains: row.domains,
        lineFrom: row.line_from,
        lineTo: row.line_to,
        budgetLines: lines
          .filter((line) => line.project_id === row.id)
          .map((line) => ({
            role: line.role,
            amount: line.amount === null ? null : Number(line.amount),
            currency: line.currency,
            contributor: line.contributor,
            contributorKind: line.contributor_kind,
            nature: line.nature,
            inKindAmount: line.in_kind_amount === null ? null : Number(line.in_kind_amount),
            yearFrom: line.year_from,
            yearTo: line.year_to,
            words: line.words,
            line: line.line,
          })),
      })),
      history: events.map((row) => ({
        kind: row.kind,
        date: row.date_value ? { value: row.date_value, precision: row.date_precision } : null,
        party: row.party,
        words: row.words,
        line: row.line,
      })),
      contacts: contacts.map((row) => ({
        party: row.party, role: row.role, name: row.name, title: row.title, phone: row.phone, email: row.email,
        address: row.address, asOf: row.as_of, line: row.line,
      })),
      profiles: profiles.map((row) => ({
        party: row.party, population: row.population === null ? null : Number(row.population), domains: row.domains, line: row.line,
      })),
    };
  }

  async addProject(conventionId: string, project: Project): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [{ next }] = await manager.query(
        'SELECT COALESCE(max(position) + 1, 0) AS next FROM convention_projects WHERE convention_id = $1',
        [conventionId],
      );
      const [row] = await manager.query(
        `INSERT INTO convention_projects (convention_id, position, title, status, period, starts_value, starts_precision,
                ends_value, ends_precision, objectives, project_owner, beneficiaries, domains)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          conventionId, next, project.title, project.status, project.period ?? null,
          project.startsOn?.value ?? null, project.startsOn?.precision ?? null, project.endsOn?.value ?? null,
          project.endsOn?.precision ?? null, project.objectives ?? null, project.projectOwner ?? null,
          project.beneficiaries ?? null, project.domains,
        ],
      );
      await insertJson(
        manager,
        'project_budget_lines',
        { project_id: 'uuid', position: 'int', role: 'text', amount: 'numeric', currency: 'text', contributor: 'text', contributor_kind: 'text', nature: 'text', year_from: 'int', year_to: 'int' },
        project.budgetLines.map((line, position) => ({
          project_id: row.id, position, role: line.role, amount: line.amount, currency: line.currency, contributor: line.contributor,
          contributor_kind: line.contributorKind, nature: line.nature, year_from: line.yearFrom ?? null, year_to: line.yearTo ?? null,
        })),
      );
    });
  }

  async addHistoryEvent(conventionId: string, event: HistoryEvent): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [{ next }] = await manager.query(
        'SELECT COALESCE(max(position) + 1, 0) AS next FROM convention_history_events WHERE convention_id = $1',
        [conventionId],
      );
      await insertJson(
        manager,
        'convention_history_events',
        { convention_id: 'uuid', position: 'int', kind: 'text', date_value: 'text', date_precision: 'text', date_from: 'date', date_to: 'date', party: 'text', words: 'text', line: 'int' },
        [eventRow(conventionId, event, next)],
      );
    });
  }

  async addContact(conventionId: string, contact: Contact): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [{ next }] = await manager.query(
        'SELECT COALESCE(max(position) + 1, 0) AS next FROM party_contacts WHERE convention_id = $1',
        [conventionId],
      );
      await insertJson(
        manager,
        'party_contacts',
        { convention_id: 'uuid', position: 'int', party: 'text', role: 'text', name: 'text', title: 'text', phone: 'text', email: 'text', address: 'text', as_of: 'text', line: 'int' },
        [contactRow(conventionId, contact, next)],
      );
    });
  }

  async setProfile(conventionId: string, profile: PartyProfile): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO party_profiles (convention_id, party, population, domains) VALUES ($1, $2, $3, $4)
       ON CONFLICT (convention_id, party) DO UPDATE SET population = EXCLUDED.population, domains = EXCLUDED.domains`,
      [conventionId, profile.party, profile.population ?? null, profile.domains],
    );
  }
}

function projectRow(conventionId: string, project: Project, position: number): Row {
  return {
    convention_id: conventionId, position, title: project.title, status: project.status, period: project.period ?? null,
    starts_value: project.startsOn?.value ?? null, starts_precision: project.startsOn?.precision ?? null,
    ends_value: project.endsOn?.value ?? null, ends_precision: project.endsOn?.precision ?? null,
    objectives: project.objectives ?? null, project_owner: project.projectOwner ?? null,
    beneficiaries: project.beneficiaries ?? null, domains: project.domains, line_from: project.lineFrom ?? null, line_to: project.lineTo ?? null,
  };
}

function eventRow(conventionId: string, event: HistoryEvent, position: number): Row {
  const bounds = event.date ? impreciseDateBounds(event.date) : null;
  return {
    convention_id: conventionId, position, kind: event.kind, date_value: event.date?.value ?? null,
    date_precision: event.date?.precision ?? null, date_from: bounds?.from ?? null, date_to: bounds?.to ?? null,
    party: event.party ?? null, words: event.words, line: event.line ?? null,
  };
}

function contactRow(conventionId: string, contact: Contact, position: number): Row {
  return {
    convention_id: conventionId, position, party: contact.party, role: contact.role, name: contact.name ?? null,
    title: contact.title ?? null, phone: contact.phone ?? null, email: contact.email ?? null,
    address: contact.address ?? null, as_of: contact.asOf ?? null, line: contact.line ?? null,
  };
}
