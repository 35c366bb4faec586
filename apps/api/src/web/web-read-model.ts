import { Injectable } from '@nestjs/common';
import { Actor, visibilityScope } from '@passerelle/domain';
import { DataSource } from 'typeorm';

export interface ConventionIndexEntry {
  id: string;
  reference: string;
  title: string;
  countries: string[];
}

export interface FollowChoice {
  conventionId: string;
  following: boolean;
  reference: string;
  title: string;
}

/**
 * Small read-only projections the web app needs and no use case offers (filter lists, follow
 * choices): one SQL query each, scoped exactly like the conventions routes.
 */
@Injectable()
export class WebReadModel {
  constructor(private readonly dataSource: DataSource) {}

  /** Every convention the actor sees, with its parties' countries: the calendar's filters. */
  async conventionIndex(actor: Actor): Promise<ConventionIndexEntry[]> {
    const scope = visibilityScope(actor);
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

  /**
   * The follow choices the user made on the conventions they still see, with each convention's
   * reference and title (the settings page lists the muted ones); a convention not listed follows
   * the default (followed).
   */
  async followChoices(actor: Actor): Promise<FollowChoice[]> {
    const scope = visibilityScope(actor);
    const params: unknown[] = [actor.userId];
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
