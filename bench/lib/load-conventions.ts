import { ClauseKind, Clauses, ConventionDocument } from '@passerelle/domain';
import { DataSource } from 'typeorm';

export interface LoadedConvention {
  id: string;
  doc: ConventionDocument & { timeZone: string };
}

interface ConventionRow {
  id: string;
  reference: string;
  title: string;
  instrument: ConventionDocument['instrument'];
  language: string;
  object: string | null;
  time_zone: string;
  effective_on: string | null;
  terminated_on: string | null;
}

interface PartyRow {
  convention_id: string;
  name: string;
  country: string;
  organization_id: string | null;
  level: ConventionDocument['parties'][number]['level'];
  signed_on: string | null;
  deliberation_on: string | null;
  prefecture_transmission_on: string | null;
}

interface ClauseRow {
  convention_id: string;
  kind: ClauseKind;
  settings: Record<string, unknown>;
  source_article: string | null;
  source_quote: string | null;
}

/**
 * The next `limit` conventions after `afterId` (keyset on the primary key), with the parties and
 * clauses the deadline engine reads: three indexed queries per batch, mapped as the repository's
 * mapper does (clause settings + source).
 */
export async function loadConventionBatch(
  dataSource: DataSource,
  afterId: string | null,
  limit: number,
): Promise<LoadedConvention[]> {
  const rows: ConventionRow[] = await dataSource.query(
    `SELECT id, reference, title, instrument, language, object, time_zone, effective_on, terminated_on
       FROM conventions WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [parties, clauses]: [PartyRow[], ClauseRow[]] = await Promise.all([
    dataSource.query(
      `SELECT convention_id, name, country, organization_id, level, signed_on, deliberation_on, prefecture_transmission_on
         FROM convention_parties WHERE convention_id = ANY($1::uuid[]) ORDER BY convention_id, position`,
      [ids],
    ),
    dataSource.query(
      `SELECT convention_id, kind, settings, source_article, source_quote
         FROM convention_clauses WHERE convention_id = ANY($1::uuid[])`,
      [ids],
    ),
  ]);
  const byId = new Map<string, LoadedConvention>(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        doc: {
          reference: row.reference,
          title: row.title,
          instrument: row.instrument,
          language: row.language,
          object: row.object,
          timeZone: row.time_zone,
          effectiveOn: row.effective_on,
          terminatedOn: row.terminated_on,
          parties: [],
          clauses: {} as Clauses,
        },
      },
    ]),
  );
  for (const party of parties) {
    byId.get(party.convention_id)?.doc.parties.push({
      name: party.name,
      country: party.country,
      organizationId: party.organization_id,
      level: party.level,
      signedOn: party.signed_on,
      deliberationOn: party.deliberation_on,
      prefectureTransmissionOn: party.prefecture_transmission_on,
    });
  }
  for (const clause of clauses) {
    const target = byId.get(clause.convention_id);
    if (!target) continue;
    const source =
      clause.source_article || clause.source_quote
        ? { article: clause.source_article ?? '', quote: clause.source_quote ?? '' }
        : undefined;
    (target.doc.clauses as Record<ClauseKind, unknown>)[clause.kind] = {
      ...clause.settings,
      ...(source ? { source } : {}),
    };
  }
  return [...byId.values()];
}
