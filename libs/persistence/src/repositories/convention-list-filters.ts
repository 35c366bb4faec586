import { ConventionListQuery, searchWords } from '@passerelle/application';
import { SelectQueryBuilder } from 'typeorm';
import { ConventionEntity } from '../entities/convention.entity';
import { conventionStatusSql } from './convention-status.sql';

/** The list's filters: the caller's organization, every searched word, a country, a status. */
export function filterConventions(
  builder: SelectQueryBuilder<ConventionEntity>,
  query: ConventionListQuery,
): void {
  if (query.scope.kind === 'organization') {
    builder.andWhere(
      'EXISTS (SELECT 1 FROM convention_parties p WHERE p.convention_id = c.id AND p.organization_id = :organizationId)',
      { organizationId: query.scope.organizationId },
    );
  }
  // Every word somewhere (reference, title, object, a party's name): "villeneuve la garenne"
  // finds Villeneuve-la-Garenne, hyphens and apostrophes being word breaks like spaces.
  searchWords(query.q ?? '').forEach((word, index) => {
    builder.andWhere(
      `(c.reference ILIKE :w${index} OR c.title ILIKE :w${index} OR c.object ILIKE :w${index} OR EXISTS (
        SELECT 1 FROM convention_parties p WHERE p.convention_id = c.id AND p.name ILIKE :w${index}))`,
      { [`w${index}`]: `%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%` },
    );
  });
  if (query.country) {
    builder.andWhere(
      'EXISTS (SELECT 1 FROM convention_parties p WHERE p.convention_id = c.id AND p.country = :country)',
      { country: query.country },
    );
  }
  if (query.status)
    builder.andWhere(`${conventionStatusSql('c', ':now')} = :status`, { status: query.status });
}
