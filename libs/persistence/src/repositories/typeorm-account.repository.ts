import { AccountRepository, OneTimePurpose, Organization, SystemClock, User } from '@passerelle/application';
import { Actor, Clock, DomainError } from '@passerelle/domain';
import { DataSource, QueryFailedError } from 'typeorm';
import { writeAudit } from './audit';
import { scheduleNewMember } from './reminder-scheduling';

type Row = Record<string, unknown>;

function toUser(row: Row): User {
  return {
    id: row.id as string,
    email: row.email as string,
    name: row.name as string,
    language: row.language as User['language'],
    organizationId: (row.organization_id as string | null) ?? null,
    role: row.role as User['role'],
    active: row.active as boolean,
    reminderMode: (row.reminder_mode as User['reminderMode'] | undefined) ?? 'immediate',
    createdAt: (row.created_at as Date).toISOString(),
  };
}

function toOrganization(row: Row): Organization {
  return {
    id: row.id as string,
    name: row.name as string,
    country: row.country as string,
    timezone: row.time_zone as string,
    createdAt: (row.created_at as Date).toISOString(),
  };
}

const USER_COLUMNS = 'id, email, name, language, organization_id, role, active, reminder_mode, created_at';

export class TypeormAccountRepository extends AccountRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock = new SystemClock(),
  ) {
    super();
  }

  async createOrganization(
    org: Omit<Organization, 'id' | 'createdAt'>,
    actor: Actor | null,
  ): Promise<Organization> {
    return this.unique('organizations_name_key', 'name', () =>
      this.dataSource.transaction(async (manager) => {
        const [row] = await manager.query(
          'INSERT INTO organizations (name, country, time_zone) VALUES ($1, $2, $3) RETURNING *',
          [org.name, org.country, org.timezone],
        );
        const created = toOrganization(row);
        await writeAudit(manager, {
          actor: actor?.email ?? null,
          action: 'create',
          entity: 'organization',
          entityId: created.id,
          conventionId: null,
          before: null,
          after: created,
        });
        return created;
      }),
    );
  }

  async listOrganizations(): Promise<Organization[]> {
    return (await this.dataSource.query('SELECT * FROM organizations ORDER BY name')).map(toOrganization);
  }

  async findOrganization(id: string): Promise<Organization | null> {
    const [row] = await this.dataSource.query('SELECT * FROM organizations WHERE id = $1', [id]);
    return row ? toOrganization(row) : null;
  }

  async createUser(
    user: Omit<User, 'id' | 'createdAt' | 'active'> & { passwordHash: string | null },
    actor: Actor | null,
  ): Promise<User> {
    return this.unique('users_email_key', 'email', () =>
      this.dataSource.transaction(async (manager) => {
        const [row] = await manager.query(
          `INSERT INTO users (email, name, language, organization_id, role, password_hash)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${USER_COLUMNS}`,
          [
            user.email.toLowerCase(),
            user.name,
            user.language,
            user.organizationId,
            user.role,
            user.passwordHash,
          ],
        );
        const created = toUser(row);
        // A new member follows the organization's conventions from now: one welcome mail.
        if (created.organizationId)
          await scheduleNewMember(manager, created.id, created.organizationId, this.clock.now());
        await writeAudit(manager, {
          actor: actor?.email ?? null,
          action: 'create',
          entity: 'user',
          entityId: created.id,
          conventionId: null,
          before: null,
          after: created,
        });
        return created;
      }),
    );
  }

  async listUsers(organizationId?: string): Promise<User[]> {
    const rows = organizationId
      ? await this.dataSource.query(
          `SELECT ${USER_COLUMNS} FROM users WHERE organization_id = $1 ORDER BY email`,
          [organizationId],
        )
      : await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY email`);
    return rows.map(toUser);
  }

  async findUserById(id: string): Promise<User | null> {
    const [row] = await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return row ? toUser(row) : null;
  }

  async findUserByEmail(email: string): Promise<(User & { passwordHash: string | null }) | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return row ? { ...toUser(row), passwordHash: row.password_hash as string | null } : null;
  }

  async updateUser(
    id: string,
    patch: Partial<Pick<User, 'name' | 'language' | 'reminderMode'>>,
    actor: Actor,
  ): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [
        id,
      ]);
      if (!before) throw new DomainError('not_found', 'user not found', 'id');
      // UPDATE … RETURNING answers [rows, count].
      const [[row]] = await manager.query(
        `UPDATE users SET name = COALESCE($2::text, name), language = COALESCE($3::text, language),
           reminder_mode = COALESCE($4::text, reminder_mode), updated_at = now()
          WHERE id = $1 RETURNING ${USER_COLUMNS}`,
        [id, patch.name ?? null, patch.language ?? null, patch.reminderMode ?? null],
      );
      const after = toUser(row);
      await writeAudit(manager, {
        actor: actor.email,
        action: 'update',
        entity: 'user',
        entityId: id,
        conventionId: null,
        before: toUser(before),
        after,
      });
      return after;
    });
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
        userId,
        passwordHash,
      ]);
      await manager.query(
        'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
        [userId],
      );
      await writeAudit(manager, {
        actor: null,
        action: 'password_set',
        entity: 'user',
        entityId: userId,
        conventionId: null,
        before: null,
        after: null,
      });
    });
  }

  async upsertAdmin(email: string, passwordHash: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO users (email, name, language, role, password_hash) VALUES ($1, $1, 'fr', 'admin', $2)
         ON CONFLICT ((lower(email))) DO UPDATE SET role = 'admin', password_hash = EXCLUDED.password_hash,
           active = true, updated_at = now()
         RETURNING ${USER_COLUMNS}`,
        [email, passwordHash],
      );
      const admin = toUser(row);
      await writeAudit(manager, {
        actor: 'ADMIN_EMAIL',
        action: 'upsert_admin',
        entity: 'user',
        entityId: admin.id,
        conventionId: null,
        before: null,
        after: admin,
      });
      return admin;
    });
  }

  async createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3)',
      [userId, tokenHash, expiresAt],
    );
  }

  async findSessionUser(tokenHash: string, now: Date): Promise<User | null> {
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language, u.organization_id, u.role, u.active, u.created_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active`,
      [tokenHash, now],
    );
    return row ? toUser(row) : null;
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
  }

  async createOneTimeToken(
    userId: string,
    purpose: OneTimePurpose,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO one_time_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4)',
      [userId, purpose, tokenHash, expiresAt],
    );
  }

  async consumeOneTimeToken(tokenHash: string, purpose: OneTimePurpose, now: Date): Promise<string | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE one_time_tokens SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
        RETURNING user_id`,
      [tokenHash, purpose, now],
    );
    return rows[0]?.user_id ?? null;
  }

  async setCalendarToken(userId: string, tokenHash: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO calendar_tokens (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [userId, tokenHash],
    );
  }

  async revokeCalendarToken(userId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM calendar_tokens WHERE user_id = $1', [userId]);
  }

  async findUserByCalendarToken(tokenHash: string): Promise<User | null> {
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language, u.organization_id, u.role, u.active, u.created_at
         FROM calendar_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND u.active`,
      [tokenHash],
    );
    return row ? toUser(row) : null;
  }

  private async unique<T>(constraint: string, field: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const driverError =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string; constraint?: string })
          : null;
      if (driverError?.code === '23505' && driverError.constraint === constraint) {
        throw new DomainError('conflict', `${field}: already taken`, field);
      }
      if (driverError?.code === '23503')
        throw new DomainError('invalid_input', 'organizationId: unknown organization', 'organizationId');
      throw error;
    }
  }
}
