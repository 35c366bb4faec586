import { FirstAdmin, FirstAdminRepository, User } from '@passerelle/application';
import { DomainError } from '@passerelle/domain';
import { DataSource, QueryFailedError } from 'typeorm';
import { writeAudit } from './audit';

// Serialises every attempt to create the first admin (two browsers, two replicas).
const FIRST_ADMIN_LOCK = 1764000011;

export class TypeormFirstAdminRepository extends FirstAdminRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async adminExists(): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM users WHERE role = 'admin' AND active LIMIT 1`);
    return rows.length > 0;
  }

  async createSetupToken(tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query('INSERT INTO setup_tokens (token_hash, expires_at) VALUES ($1, $2)', [
      tokenHash,
      expiresAt,
    ]);
  }

  async isSetupTokenUsable(tokenHash: string, now: Date): Promise<boolean> {
    const rows = await this.dataSource.query(
      'SELECT 1 FROM setup_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2',
      [tokenHash, now],
    );
    return rows.length > 0;
  }

  async createFirstAdmin(
    tokenHash: string,
    now: Date,
    admin: FirstAdmin,
  ): Promise<User | 'admin_exists' | 'token_unusable'> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
        const existing = await manager.query(`SELECT 1 FROM users WHERE role = 'admin' AND active LIMIT 1`);
        if (existing.length > 0) return 'admin_exists' as const;
        const [, consumed] = await manager.query(
          `UPDATE setup_tokens SET used_at = $2
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING id`,
          [tokenHash, now],
        );
        if (consumed === 0) return 'token_unusable' as const;
        const [row] = await manager.query(
          `INSERT INTO users (email, name, language, role, password_hash) VALUES ($1, $2, $3, 'admin', $4)
           RETURNING id, email, name, language, organization_id, role, active, reminder_mode, created_at`,
          [admin.email, admin.name, admin.language, admin.passwordHash],
        );
        await manager.query('UPDATE setup_tokens SET used_by = $2 WHERE token_hash = $1', [
          tokenHash,
          row.id,
        ]);
        const user: User = {
          id: row.id,
          email: row.email,
          name: row.name,
          language: row.language,
          organizationId: row.organization_id,
          role: row.role,
          active: row.active,
          reminderMode: row.reminder_mode,
          createdAt: (row.created_at as Date).toISOString(),
        };
        await writeAudit(manager, {
          actor: 'setup link',
          action: 'create_first_admin',
          entity: 'user',
          entityId: user.id,
          conventionId: null,
          before: null,
          after: user,
        });
        return user;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError('conflict', 'email: a user already has this address', 'email');
      }
      throw error;
    }
  }
}
