import {
  DeadlineOwnerRepository,
  NamedOwner,
  OfficerRef,
  OrganizationProfile,
  ownerKey,
  SystemClock,
} from '@passerelle/application';
import { Actor, Clock, DeadlineKind, IsoDate } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { writeAudit } from './audit';
import { scheduleDueReminders } from './reminder-scheduling';

type Row = Record<string, unknown>;

const toOfficer = (row: Row): OfficerRef => ({ userId: row.user_id as string, name: row.name as string });
const toNamed = (row: Row): NamedOwner => ({
  ...toOfficer(row),
  kind: row.kind as DeadlineKind,
  dueOn: row.due_on as string,
});

export class TypeormDeadlineOwnerRepository extends DeadlineOwnerRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock = new SystemClock(),
  ) {
    super();
  }

  async officers(organizationId: string): Promise<OfficerRef[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT id AS user_id, name FROM users
        WHERE organization_id = $1 AND role = 'officer' AND active ORDER BY name COLLATE "C", id`,
      [organizationId],
    );
    return rows.map(toOfficer);
  }

  async organization(organizationId: string): Promise<OrganizationProfile | null> {
    const [row] = await this.dataSource.query(
      'SELECT id, name, country, time_zone FROM organizations WHERE id = $1',
      [organizationId],
    );
    return row ? { id: row.id, name: row.name, country: row.country, timezone: row.time_zone } : null;
  }

  async lead(
    conventionId: string,
    organizationId: string,
    manager?: EntityManager,
  ): Promise<OfficerRef | null> {
    const [row] = await (manager ?? this.dataSource.manager).query(
      `SELECT l.user_id, u.name FROM convention_leads l JOIN users u ON u.id = l.user_id
        WHERE l.convention_id = $1 AND l.organization_id = $2`,
      [conventionId, organizationId],
    );
    return row ? toOfficer(row) : null;
  }

  async setLead(
    conventionId: string,
    organizationId: string,
    userId: string | null,
    actor: Actor,
  ): Promise<OfficerRef | null> {
    return this.dataSource.transaction(async (manager) => {
      // The convention's row lock orders this with every other write on it.
      await manager.query('SELECT 1 FROM conventions WHERE id = $1 FOR UPDATE', [conventionId]);
      const before = await this.lead(conventionId, organizationId, manager);
      if ((before?.userId ?? null) === userId) return before;
      if (userId === null)
        await manager.query(
          'DELETE FROM convention_leads WHERE convention_id = $1 AND organization_id = $2',
          [conventionId, organizationId],
        );
      else
        await manager.query(
          `INSERT INTO convention_leads (convention_id, organization_id, user_id) VALUES ($1, $2, $3)
           ON CONFLICT (convention_id, organization_id) DO UPDATE SET user_id = EXCLUDED.user_id, assigned_at = now()`,
          [conventionId, organizationId, userId],
        );
      const after = await this.lead(conventionId, organizationId, manager);
      // A new owner gets, today, the step already due.
      await scheduleDueReminders(manager, [conventionId], this.clock.now(), 'newly_followed');
      await writeAudit(manager, {
        actor: actor.email,
        action: 'lead_officer',
        entity: 'convention_lead',
        entityId: organizationId,
        conventionId,
        before,
        after,
      });
      return after;
    });
  }

  async named(conventionId: string, organizationId: string, manager?: EntityManager): Promise<NamedOwner[]> {
    const rows: Row[] = await (manager ?? this.dataSource.manager).query(
      `SELECT o.kind, to_char(o.due_on, 'YYYY-MM-DD') AS due_on, o.user_id, u.name
         FROM deadline_owners o JOIN users u ON u.id = o.user_id
        WHERE o.convention_id = $1 AND o.organization_id = $2 ORDER BY o.due_on, o.kind`,
      [conventionId, organizationId],
    );
    return rows.map(toNamed);
  }

  async assign(
    conventionId: string,
    organizationId: string,
    deadline: { kind: DeadlineKind; dueOn: IsoDate },
    userId: string | null,
    actor: Actor,
  ): Promise<NamedOwner | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM conventions WHERE id = $1 FOR UPDATE', [conventionId]);
      const find = async () =>
        (await this.named(conventionId, organizationId, manager)).find(
          (owner) => owner.kind === deadline.kind && owner.dueOn === deadline.dueOn,
        ) ?? null;
      const before = await find();
      // Retrying the same call writes nothing, not even an audit line.
      if ((before?.userId ?? null) === userId) return before;
      const key = [conventionId, organizationId, deadline.kind, deadline.dueOn];
      if (userId === null)
        await manager.query(
          'DELETE FROM deadline_owners WHERE convention_id = $1 AND organization_id = $2 AND kind = $3 AND due_on = $4',
          key,
        );
      else
        await manager.query(
          `INSERT INTO deadline_owners (convention_id, organization_id, kind, due_on, user_id) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (convention_id, organization_id, due_on, kind) DO UPDATE SET user_id = EXCLUDED.user_id, assigned_at = now()`,
          [...key, userId],
        );
      const after = await find();
      // A new owner gets, today, the step already due.
      await scheduleDueReminders(manager, [conventionId], this.clock.now(), 'newly_followed');
      await writeAudit(manager, {
        actor: actor.email,
        action: 'deadline_owner',
        entity: 'deadline_owner',
        entityId: `${deadline.kind}:${deadline.dueOn}`,
        conventionId,
        before: before ? { ...before, organizationId } : null,
        after: after ? { ...after, organizationId } : null,
      });
      return after;
    });
  }

  async ownershipOf(
    organizationId: string,
  ): Promise<{ leads: Map<string, OfficerRef>; named: Map<string, NamedOwner & { conventionId: string }> }> {
    const [leads, named] = await Promise.all([
      this.dataSource.query(
        `SELECT l.convention_id, l.user_id, u.name FROM convention_leads l JOIN users u ON u.id = l.user_id
          WHERE l.organization_id = $1`,
        [organizationId],
      ),
      this.dataSource.query(
        `SELECT o.convention_id, o.kind, to_char(o.due_on, 'YYYY-MM-DD') AS due_on, o.user_id, u.name
           FROM deadline_owners o JOIN users u ON u.id = o.user_id WHERE o.organization_id = $1`,
        [organizationId],
      ),
    ]);
    return {
      leads: new Map((leads as Row[]).map((row) => [row.convention_id as string, toOfficer(row)])),
      named: new Map(
        (named as Row[]).map((row) => [
          ownerKey(row.convention_id as string, row.kind as string, row.due_on as string),
          { ...toNamed(row), conventionId: row.convention_id as string },
        ]),
      ),
    };
  }
}

/** The owner in effect per organization for each of these deadlines (the sweep's recipients). */
export async function effectiveOwners(
  manager: EntityManager,
  deadlines: Array<{ conventionId: string; kind: string; dueOn: string }>,
): Promise<Map<string, Record<string, string>>> {
  const ids = [...new Set(deadlines.map((deadline) => deadline.conventionId))];
  const result = new Map<string, Record<string, string>>();
  if (ids.length === 0) return result;
  // One after the other: both run on the sweep's transaction, one connection.
  const leads: Row[] = await manager.query(
    'SELECT convention_id, organization_id, user_id FROM convention_leads WHERE convention_id = ANY($1::uuid[])',
    [ids],
  );
  const named: Row[] = await manager.query(
    `SELECT convention_id, organization_id, kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, user_id
       FROM deadline_owners WHERE convention_id = ANY($1::uuid[])`,
    [ids],
  );
  const leadsOf = new Map<string, Row[]>();
  for (const row of leads)
    leadsOf.set(row.convention_id as string, [...(leadsOf.get(row.convention_id as string) ?? []), row]);
  const namedOf = new Map<string, Row[]>();
  for (const row of named) {
    const key = ownerKey(row.convention_id as string, row.kind as string, row.due_on as string);
    namedOf.set(key, [...(namedOf.get(key) ?? []), row]);
  }
  for (const deadline of deadlines) {
    const key = ownerKey(deadline.conventionId, deadline.kind, deadline.dueOn);
    const owners: Record<string, string> = {};
    // The lead first, then the owner named on the deadline wins.
    for (const row of [...(leadsOf.get(deadline.conventionId) ?? []), ...(namedOf.get(key) ?? [])])
      owners[row.organization_id as string] = row.user_id as string;
    if (Object.keys(owners).length) result.set(key, owners);
  }
  return result;
}
