import { SearchReadModel, SearchResults } from '@passerelle/application';
import { VisibilityScope } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { parseRows, uuid } from './row-schema';

const conventionRow = z.object({ id: uuid, reference: z.string(), title: z.string() });
const partyRow = z.object({
  conventionId: uuid,
  reference: z.string(),
  name: z.string(),
  country: z.string(),
});
const meetingRow = z.object({
  id: uuid,
  conventionId: uuid,
  reference: z.string(),
  heldOn: z.string(),
  city: z.string(),
  hostParty: z.string(),
});

const like = (word: string) => `%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;

/** ILIKE per word (the trigram index serves the title); scoped like every read. */
export class TypeormSearchReadModel extends SearchReadModel {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async search(words: string[], scope: VisibilityScope, limit: number): Promise<SearchResults> {
    const patterns = words.map(like);
    const organization = scope.kind === 'organization' ? scope.organizationId : null;
    const visible = `($2::uuid IS NULL OR EXISTS (SELECT 1 FROM convention_parties s WHERE s.convention_id = c.id AND s.organization_id = $2))`;
    const every = (fields: string) => `(SELECT bool_and(${fields}) FROM unnest($1::text[]) AS w(p))`;
    const params = [patterns, organization, limit];
    const [conventions, parties, meetings] = await Promise.all<unknown>([
      this.dataSource.query(
        `SELECT c.id, c.reference, c.title FROM conventions c
          WHERE ${visible} AND ${every(`c.reference ILIKE w.p OR c.title ILIKE w.p OR c.object ILIKE w.p`)}
          ORDER BY c.reference LIMIT $3`,
        params,
      ),
      this.dataSource.query(
        `SELECT p.convention_id AS "conventionId", c.reference, p.name, p.country FROM convention_parties p
           JOIN conventions c ON c.id = p.convention_id
          WHERE ${visible} AND ${every(`p.name ILIKE w.p`)} ORDER BY p.name, c.reference LIMIT $3`,
        params,
      ),
      this.dataSource.query(
        `SELECT m.id, m.convention_id AS "conventionId", c.reference, to_char(m.held_on, 'YYYY-MM-DD') AS "heldOn",
                m.city, m.host_party AS "hostParty"
           FROM committee_meetings m JOIN conventions c ON c.id = m.convention_id
          WHERE ${visible} AND ${every(`m.city ILIKE w.p OR m.host_party ILIKE w.p OR c.reference ILIKE w.p OR m.agenda::text ILIKE w.p`)}
          ORDER BY m.held_on DESC LIMIT $3`,
        params,
      ),
    ]);
    return {
      conventions: parseRows(conventionRow, conventions),
      parties: parseRows(partyRow, parties),
      meetings: parseRows(meetingRow, meetings),
    };
  }
}
