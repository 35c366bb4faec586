import { ConventionIndexEntry, FollowChoice, WebReadModel } from '@passerelle/application';
import { VisibilityScope } from '@passerelle/domain';
import { DataSource } from 'typeorm';

/** The web app's small projections: one SQL query each, scoped like the conventions routes. */
export class TypeormWebReadModel extends WebReadModel {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async conventionIndex(scope: VisibilityScope): Promise<ConventionIndexEntry[]> {
    const params: unknown[] = [];
    let where = '';
    if (scope.kind === 'organization') {
      params.push(scope.organizationId);
      where = `WHERE EXISTS (SELECT 1 FROM convention_parties o WHERE o.convention_id = c.id AND o.organization_id = $1)`;
    }
    const rows: Array<{ id: string; reference: string; title: string; countries: string[] | null }> =
      await this.dataSource.query(
        `SELECT c.id, c.reference, c.title,
                ARRAY(SELECT DISTINCT p.country FROM convention_parties p WHERE p.convention_id = c.id ORDER BY 1) AS countries
           FROM conventions c ${where}
          ORDER BY c.reference`,
        params,
      );
    return rows.map((row) => ({ ...row, countries: row.countries ?? [] }));
  }

  async followChoices(userId: string, scope: VisibilityScope): Promise<FollowChoice[]> {
    const params: unknown[] = [userId];
    let visible = '';
    if (scope.kind === 'organization') {
      params.push(scope.organizationId);
      visible = `AND EXISTS (SELECT 1 FROM convention_parties o WHERE o.convention_id = c.id AND o.organization_id = $2)`;
    }
    const rows: Array<{ convention_id: string; following: boolean; reference: string; title: string }> =
      await this.dataSource.query(
        `SELECT f.convention_id, f.following, c.reference, c.title
           FROM convention_follows f
           JOIN conventions c ON c.id = f.convention_id
          WHERE f.user_id = $1 ${visible}
          ORDER BY c.reference`,
        params,
      );
    return rows.map((row) => ({
      conventionId: row.convention_id,
      following: row.following,
      reference: row.reference,
      title: row.title,
    }));
  }
}
