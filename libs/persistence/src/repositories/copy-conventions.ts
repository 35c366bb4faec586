import { PortfolioImportItem } from '@passerelle/application';
import { ClauseKind } from '@passerelle/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ConventionEntity } from '../entities/convention.entity';
import { toConventionEntity } from '../mappers/convention.mapper';
import { copyRows, transactionClient } from './copy-rows';
import { ClauseSources, copyDeadlines } from './deadline-rows';
import { chunks } from './portfolio-rows';

/** Conventions per round of COPY: bounds the text held at once (a convention has ~60 deadlines). */
const ROUND = 2000;

/**
 * Writes new conventions, their parties, clauses, commitments and deadlines with COPY, in the
 * caller's transaction (all or nothing stays the caller's). Ids are drawn here, so no row has to
 * come back before its children are written. Answers each item's new id.
 */
export async function copyNewConventions(
  manager: EntityManager,
  items: PortfolioImportItem[],
): Promise<Map<PortfolioImportItem, string>> {
  const ids = new Map<PortfolioImportItem, string>();
  if (items.length === 0) return ids;
  const client = await transactionClient(manager);
  for (const part of chunks(items, ROUND)) {
    const entities = part.map((item) => {
      const id = randomUUID();
      ids.set(item, id);
      return { id, entity: toConventionEntity(item.doc, item.derived) };
    });
    await copyRows(
      client,
      'conventions',
      [
        'id',
        'reference',
        'title',
        'instrument',
        'language',
        'object',
        'time_zone',
        'effective_on',
        'terminated_on',
        'starts_on',
        'ends_on',
        'any_signed',
        'all_signed',
      ],
      entities.map(({ id, entity: e }) => [
        id,
        e.reference,
        e.title,
        e.instrument,
        e.language,
        e.object,
        e.timeZone,
        e.effectiveOn,
        e.terminatedOn,
        e.startsOn,
        e.endsOn,
        e.anySigned,
        e.allSigned,
      ]),
    );
    await copyRows(
      client,
      'convention_parties',
      [
        'convention_id',
        'position',
        'name',
        'country',
        'organization_id',
        'level',
        'representative',
        'representative_title',
        'deliberation_on',
        'signed_on',
        'prefecture_transmission_on',
        'prefecture_receipt_number',
        'visa_on',
        'visa_authority',
      ],
      entities.flatMap(({ id, entity }) =>
        entity.parties.map((p) => [
          id,
          p.position,
          p.name,
          p.country,
          p.organizationId,
          p.level,
          p.representative,
          p.representativeTitle,
          p.deliberationOn,
          p.signedOn,
          p.prefectureTransmissionOn,
          p.prefectureReceiptNumber,
          p.visaOn,
          p.visaAuthority,
        ]),
      ),
    );
    await copyRows(
      client,
      'convention_clauses',
      ['convention_id', 'kind', 'settings', 'source_article', 'source_quote'],
      entities.flatMap(({ id, entity }) =>
        entity.clauses.map((c) => [id, c.kind, c.settings, c.sourceArticle, c.sourceQuote]),
      ),
    );
    await copyRows(
      client,
      'financial_commitments',
      ['convention_id', 'position', 'party', 'amount', 'currency', 'year', 'note'],
      entities.flatMap(({ id, entity }) =>
        entity.financialCommitments.map((f) => [
          id,
          f.position,
          f.party,
          f.amount,
          f.currency,
          f.year,
          f.note,
        ]),
      ),
    );
    // New conventions: no deadline of theirs can exist yet, so COPY needs no ON CONFLICT.
    await copyDeadlines(
      client,
      part.map((item, index) => ({
        conventionId: ids.get(item) as string,
        deadlines: item.derived.deadlines,
        clauseSources: clauseSourcesOf(entities[index].entity),
      })),
      'deadlines',
    );
  }
  return ids;
}

/** Each clause's article and quote as convention_clauses now holds them (what deadlines inherit). */
function clauseSourcesOf(entity: ConventionEntity): ClauseSources {
  const sources: ClauseSources = {};
  for (const clause of entity.clauses) {
    sources[clause.kind as ClauseKind] =
      clause.sourceArticle || clause.sourceQuote
        ? { article: clause.sourceArticle ?? '', quote: clause.sourceQuote ?? '' }
        : null;
  }
  return sources;
}
