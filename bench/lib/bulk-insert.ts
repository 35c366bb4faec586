import { CLAUSE_KINDS, ClauseSource, summarizeTerms } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { GeneratedConvention } from './generate';

/**
 * Inserts conventions, parties and clauses with one unnest statement per table and batch
 * (no deadlines: the recompute benchmark stores those). Derived columns come from the domain.
 */
export async function insertConventions(dataSource: DataSource, items: GeneratedConvention[]): Promise<void> {
  const conventions = items.map(({ id, doc }) => {
    const summary = summarizeTerms(doc);
    return {
      id,
      doc,
      startsOn: summary.startsOn,
      endsOn: summary.endsOn,
      anySigned: doc.parties.some((party) => Boolean(party.signedOn)),
      allSigned: doc.parties.every((party) => Boolean(party.signedOn)),
    };
  });
  const parties = items.flatMap(({ id, doc }) =>
    doc.parties.map((party, position) => ({ id, position, party })),
  );
  const clauses = items.flatMap(({ id, doc }) =>
    CLAUSE_KINDS.flatMap((kind) => {
      const clause = doc.clauses[kind];
      if (!clause) return [];
      const { source, ...settings } = clause as { source?: ClauseSource | null } & Record<string, unknown>;
      return [{ id, kind, settings: JSON.stringify(settings), source: source ?? null }];
    }),
  );

  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO conventions (id, reference, title, instrument, language, object, time_zone, effective_on,
         terminated_on, starts_on, ends_on, any_signed, all_signed)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::date[], $9::date[], $10::date[], $11::date[], $12::boolean[], $13::boolean[])`,
      [
        conventions.map((c) => c.id),
        conventions.map((c) => c.doc.reference),
        conventions.map((c) => c.doc.title),
        conventions.map((c) => c.doc.instrument),
        conventions.map((c) => c.doc.language ?? 'fr'),
        conventions.map((c) => c.doc.object ?? null),
        conventions.map((c) => c.doc.timeZone),
        conventions.map((c) => c.doc.effectiveOn ?? null),
        conventions.map((c) => c.doc.terminatedOn ?? null),
        conventions.map((c) => c.startsOn),
        conventions.map((c) => c.endsOn),
        conventions.map((c) => c.anySigned),
        conventions.map((c) => c.allSigned),
      ],
    );
    await manager.query(
      `INSERT INTO convention_parties (convention_id, position, name, country, organization_id, level, representative,
         representative_title, deliberation_on, signed_on, prefecture_transmission_on)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[],
         $8::text[], $9::date[], $10::date[], $11::date[])`,
      [
        parties.map((p) => p.id),
        parties.map((p) => p.position),
        parties.map((p) => p.party.name),
        parties.map((p) => p.party.country),
        parties.map((p) => p.party.organizationId ?? null),
        parties.map((p) => p.party.level ?? null),
        parties.map((p) => p.party.representative ?? null),
        parties.map((p) => p.party.representativeTitle ?? null),
        parties.map((p) => p.party.deliberationOn ?? null),
        parties.map((p) => p.party.signedOn ?? null),
        parties.map((p) => p.party.prefectureTransmissionOn ?? null),
      ],
    );
    await manager.query(
      `INSERT INTO convention_clauses (convention_id, kind, settings, source_article, source_quote)
       SELECT id, kind, settings::jsonb, article, quote
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(id, kind, settings, article, quote)`,
      [
        clauses.map((c) => c.id),
        clauses.map((c) => c.kind),
        clauses.map((c) => c.settings),
        clauses.map((c) => c.source?.article ?? null),
        clauses.map((c) => c.source?.quote ?? null),
      ],
    );
  });
}
