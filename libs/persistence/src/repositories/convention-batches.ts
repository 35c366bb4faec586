import { IsoDate, StoredConvention } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { ClauseEntity } from '../entities/clause.entity';
import { ConventionEntity } from '../entities/convention.entity';
import { FinancialCommitmentEntity } from '../entities/financial-commitment.entity';
import { PartyEntity } from '../entities/party.entity';
import { toStoredConvention } from '../mappers/convention.mapper';

export interface LoadedConvention {
  convention: StoredConvention;
  deadlinesUntil: IsoDate | null;
}

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The next `limit` conventions after `afterId` (keyset on id) matching `where` (SQL on alias c and
 * its horizon h, parameters from $3), with parties, clauses and commitments: four indexed queries, mapped by the
 * repository's own mapper. TypeORM's relation loading costs ten times as much at 100k conventions.
 */
/**
 * Independent reads: side by side on the pool, one after the other on a transaction's connection
 * (pg queues them anyway, and warns that queueing on one client will be removed in pg 9).
 */
export async function queryEach(
  manager: EntityManager,
  queries: Array<[string, unknown[]]>,
): Promise<unknown[]> {
  if (manager.queryRunner) {
    const results: unknown[] = [];
    for (const [sql, params] of queries) results.push(await manager.query(sql, params));
    return results;
  }
  return Promise.all(queries.map(([sql, params]) => manager.query(sql, params)));
}

export async function loadConventionsAfter(
  manager: EntityManager,
  afterId: string | null,
  limit: number,
  where = 'true',
  params: unknown[] = [],
): Promise<LoadedConvention[]> {
  const rows: Row[] = await manager.query(
    `SELECT c.id, c.reference, c.title, c.instrument, c.language, c.object, c.time_zone, c.effective_on,
            c.terminated_on, c.created_at, c.updated_at, h.until AS deadlines_until
       FROM conventions c LEFT JOIN deadline_horizons h ON h.convention_id = c.id WHERE ($1::uuid IS NULL OR c.id > $1::uuid) AND (${where}) ORDER BY c.id LIMIT $2`,
    [afterId, limit, ...params],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [parties, clauses, commitments] = (await queryEach(manager, [
    [
      `SELECT convention_id, position, name, country, organization_id, level, representative, representative_title,
              deliberation_on, signed_on, prefecture_transmission_on,
              prefecture_receipt_number, visa_on, visa_authority
         FROM convention_parties WHERE convention_id = ANY($1::uuid[])`,
      [ids],
    ],
    [
      `SELECT convention_id, kind, settings, source_article, source_quote
         FROM convention_clauses WHERE convention_id = ANY($1::uuid[])`,
      [ids],
    ],
    [
      `SELECT convention_id, position, party, amount, currency, year, note
         FROM financial_commitments WHERE convention_id = ANY($1::uuid[])`,
      [ids],
    ],
  ])) as Row[][];
  const entities = new Map<string, ConventionEntity>(
    rows.map((row) => [
      row.id,
      Object.assign(new ConventionEntity(), {
        id: row.id,
        reference: row.reference,
        title: row.title,
        instrument: row.instrument,
        language: row.language,
        object: row.object,
        timeZone: row.time_zone,
        effectiveOn: row.effective_on,
        terminatedOn: row.terminated_on,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        parties: [],
        clauses: [],
        financialCommitments: [],
      }),
    ]),
  );
  for (const row of parties) {
    entities.get(row.convention_id)?.parties.push(
      Object.assign(new PartyEntity(), {
        position: row.position,
        name: row.name,
        country: row.country,
        organizationId: row.organization_id,
        level: row.level,
        representative: row.representative,
        representativeTitle: row.representative_title,
        deliberationOn: row.deliberation_on,
        signedOn: row.signed_on,
        prefectureTransmissionOn: row.prefecture_transmission_on,
        prefectureReceiptNumber: row.prefecture_receipt_number,
        visaOn: row.visa_on,
        visaAuthority: row.visa_authority,
      }),
    );
  }
  for (const row of clauses) {
    entities.get(row.convention_id)?.clauses.push(
      Object.assign(new ClauseEntity(), {
        kind: row.kind,
        settings: row.settings,
        sourceArticle: row.source_article,
        sourceQuote: row.source_quote,
      }),
    );
  }
  for (const row of commitments) {
    entities.get(row.convention_id)?.financialCommitments.push(
      Object.assign(new FinancialCommitmentEntity(), {
        position: row.position,
        party: row.party,
        amount: row.amount,
        currency: row.currency,
        year: row.year,
        note: row.note,
      }),
    );
  }
  return rows.map((row) => ({
    convention: toStoredConvention(entities.get(row.id) as ConventionEntity),
    deadlinesUntil: row.deadlines_until,
  }));
}
