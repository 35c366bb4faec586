import {
  ConventionPartiesRow,
  PortfolioImportItem,
  PortfolioRepository,
  PortfolioView,
  SystemClock,
} from '@passerelle/application';
import {
  Actor,
  Clock,
  Contact,
  DomainError,
  HistoryEvent,
  PartyProfile,
  Portfolio,
  Project,
  StoredConvention,
  NamedOrganization,
} from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { ConventionEntity } from '../entities/convention.entity';
import { toConventionEntity } from '../mappers/convention.mapper';
import { loadConventionsAfter } from './convention-batches';
import { replaceDeadlines, setHorizons } from './deadline-rows';
import { scheduleDueReminders } from './reminder-scheduling';
import {
  chunks,
  insertContacts,
  insertHistoryEvents,
  insertJson,
  insertProjects,
  replacePortfolios,
} from './portfolio-rows';
import { toPortfolioView } from './portfolio-view';
import { copyNewConventions } from './copy-conventions';
import { replaceConvention } from './replace-convention';
import { parseRows, uuid } from './row-schema';
import { directLinkAuditRows, namedOrganizations } from './import-links';

export class TypeormPortfolioRepository extends PortfolioRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock = new SystemClock(),
  ) {
    super();
  }

  async findImported(keys: string[]): Promise<Map<string, { conventionId: string; contentHash: string }>> {
    if (keys.length === 0) return new Map();
    const rows = parseRows(
      z.object({ source_key: z.string(), convention_id: uuid, content_hash: z.string() }),
      await this.dataSource.query(
        'SELECT source_key, convention_id, content_hash FROM import_records WHERE source_key = ANY($1::text[])',
        [keys],
      ),
    );
    return new Map(
      rows.map((row) => [row.source_key, { conventionId: row.convention_id, contentHash: row.content_hash }]),
    );
  }

  async findByReferences(references: string[]): Promise<Map<string, StoredConvention>> {
    const found = new Map<string, StoredConvention>();
    for (const part of chunks(references, 5000)) {
      const loaded = await loadConventionsAfter(
        this.dataSource.manager,
        null,
        part.length,
        'c.reference = ANY($3::text[])',
        [part],
      );
      for (const { convention } of loaded) found.set(convention.reference, convention);
    }
    return found;
  }

  organizations(): Promise<NamedOrganization[]> {
    return namedOrganizations(this.dataSource);
  }

  async findByPartyNames(names: string[]): Promise<ConventionPartiesRow[]> {
    if (names.length === 0) return [];
    const patterns = names.map(
      (name) => `%${name.toLowerCase().replace(/[\\%_]/g, (match) => `\\${match}`)}%`,
    );
    const rows: unknown = await this.dataSource.query(
      `SELECT c.id, c.reference, json_agg(json_build_object('name', p.name, 'country', p.country) ORDER BY p.position) AS parties
         FROM conventions c JOIN convention_parties p ON p.convention_id = c.id
        WHERE c.id IN (SELECT convention_id FROM convention_parties WHERE lower(name) LIKE ANY($1::text[]))
        GROUP BY c.id, c.reference`,
      [patterns],
    );
    const party = z.object({ name: z.string(), country: z.string() });
    return parseRows(z.object({ id: uuid, reference: z.string(), parties: z.array(party) }), rows);
  }

  async importAll(items: PortfolioImportItem[], actor: Actor | null): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        // Two imports of the same file at once: the second waits, then finds every key taken.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['passerelle:import']);
        const taken = parseRows(
          z.object({ source_key: z.string() }),
          await manager.query('SELECT source_key FROM import_records WHERE source_key = ANY($1::text[])', [
            items.filter((item) => !item.existingId).map((item) => item.key),
          ]),
        );
        if (taken.length > 0)
          throw new DomainError(
            'conflict',
            `file: imported meanwhile (${taken[0].source_key}); import again`,
            'file',
          );
        // New conventions and all their rows by COPY, in this transaction (per-row INSERTs spent
        // most of a 10,000-row import waiting on PostgreSQL).
        const ids = await copyNewConventions(
          manager,
          items.filter((item) => !item.existingId),
        );
        for (const item of items.filter((candidate) => candidate.existingId)) {
          const id = item.existingId as string;
          ids.set(item, id);
          const existing = await manager.findOne(ConventionEntity, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          });
          if (!existing)
            throw new DomainError('conflict', `convention ${id} was deleted during the import`, 'file');
          await replaceConvention(manager, id, toConventionEntity(item.doc, item.derived, existing));
          await replaceDeadlines(manager, [{ conventionId: id, deadlines: item.derived.deadlines }]);
        }
        await setHorizons(
          manager,
          items.map((item) => ({ id: ids.get(item) as string, until: item.derived.deadlinesUntil })),
        );
        const all = [...ids.entries()];
        // The followers of what an import brings in get one welcome mail, not a catch-up per
        // deadline; conventions it rewrites remind as any change of dates does.
        const now = this.clock.now();
        const fresh = items.filter((item) => !item.existingId).map((item) => ids.get(item) as string);
        const rewritten = items.filter((item) => item.existingId).map((item) => ids.get(item) as string);
        await scheduleDueReminders(manager, fresh, now, 'onboarding');
        await scheduleDueReminders(manager, rewritten, now, 'dates_changed');
        // A convention keeps the record of where it first came from; the same source rewrites its own.
        await manager.query(
          'DELETE FROM import_records WHERE convention_id = ANY($1::uuid[]) AND source = ANY($2::text[])',
          [all.map(([, id]) => id), [...new Set(items.map((item) => item.source))]],
        );
        await insertJson(
          manager,
          'import_records',
          {
            convention_id: 'uuid',
            source: 'text',
            source_key: 'text',
            content_hash: 'text',
            raw_instrument: 'text',
            state: 'text',
            sources: 'jsonb',
            line_from: 'int',
            line_to: 'int',
          },
          all.map(([item, id]) => ({
            convention_id: id,
            source: item.source,
            source_key: item.key,
            content_hash: item.contentHash,
            raw_instrument: item.rawInstrument,
            state: item.state,
            sources: item.sources,
            line_from: item.lineFrom,
            line_to: item.lineTo,
          })),
          'ON CONFLICT DO NOTHING',
        );
        const withPortfolio = all.filter(([item]) => item.portfolio);
        await replacePortfolios(
          manager,
          withPortfolio.map(([item, id]) => ({ id, portfolio: item.portfolio as Portfolio })),
        );
        await insertJson(
          manager,
          'audit_log',
          {
            actor: 'text',
            action: 'text',
            entity: 'text',
            entity_id: 'text',
            convention_id: 'uuid',
            after: 'jsonb',
          },
          [
            ...all.map(([item, id]) => ({
              actor: actor?.email ?? null,
              action: item.existingId ? 'import_update' : 'import',
              entity: 'convention',
              entity_id: id,
              convention_id: id,
              after: { ...item.doc, id, importKey: item.key },
            })),
            ...directLinkAuditRows(all, actor),
          ],
        );
      });
    } catch (error) {
      if (error instanceof Error && 'code' in error && (error as { code?: string }).code === '23505')
        throw new DomainError(
          'conflict',
          `reference: already taken (${(error as { detail?: string }).detail ?? ''})`,
          'reference',
        );
      throw error;
    }
  }

  async get(conventionId: string): Promise<PortfolioView> {
    const q = (sql: string): Promise<unknown> => this.dataSource.query(sql, [conventionId]);
    const [records, projects, lines, events, contacts, profiles] = await Promise.all([
      q('SELECT * FROM import_records WHERE convention_id = $1'),
      q('SELECT * FROM convention_projects WHERE convention_id = $1 ORDER BY position'),
      q(`SELECT l.* FROM project_budget_lines l JOIN convention_projects p ON p.id = l.project_id
          WHERE p.convention_id = $1 ORDER BY l.project_id, l.position`),
      q(
        'SELECT * FROM convention_history_events WHERE convention_id = $1 ORDER BY date_from NULLS LAST, position',
      ),
      q('SELECT * FROM party_contacts WHERE convention_id = $1 ORDER BY position'),
      q('SELECT * FROM party_profiles WHERE convention_id = $1 ORDER BY party'),
    ]);
    return toPortfolioView({ records, projects, lines, events, contacts, profiles });
  }

  async addProject(conventionId: string, project: Project): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const next = await this.nextPosition(manager, 'convention_projects', conventionId);
      await insertProjects(manager, [{ conventionId, projects: [project], firstPosition: next }]);
    });
  }

  async addHistoryEvent(conventionId: string, event: HistoryEvent): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const position = await this.nextPosition(manager, 'convention_history_events', conventionId);
      await insertHistoryEvents(manager, [{ conventionId, event, position }]);
    });
  }

  async addContact(conventionId: string, contact: Contact): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const position = await this.nextPosition(manager, 'party_contacts', conventionId);
      await insertContacts(manager, [{ conventionId, contact, position }]);
    });
  }

  private async nextPosition(manager: EntityManager, table: string, conventionId: string): Promise<number> {
    const [{ next }] = parseRows(
      z.object({ next: z.number() }),
      await manager.query(
        `SELECT COALESCE(max(position) + 1, 0) AS next FROM ${table} WHERE convention_id = $1`,
        [conventionId],
      ),
    );
    return next;
  }

  async setProfile(conventionId: string, profile: PartyProfile): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO party_profiles (convention_id, party, population, domains) VALUES ($1, $2, $3, $4)
       ON CONFLICT (convention_id, party) DO UPDATE SET population = EXCLUDED.population, domains = EXCLUDED.domains`,
      [conventionId, profile.party, profile.population ?? null, profile.domains],
    );
  }
}
