import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BackupError, backupDatabase, restoreDatabase } from '@passerelle/persistence';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

/** The client tools' major version (PG_BIN or PATH), 0 when there are none. */
function clientMajor(): number {
  try {
    const binary = process.env.PG_BIN ? path.join(process.env.PG_BIN, 'pg_dump') : 'pg_dump';
    return Number(/(\d+)/.exec(execFileSync(binary, ['--version']).toString())?.[1] ?? 0);
  } catch {
    return 0;
  }
}

describe('npm run backup / npm run restore (pg_dump, pg_restore)', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-01T09:00:00Z' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-backup-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the database: what was there after the backup is back after the restore, nothing else', async () => {
    const [{ server_version_num: version }] = await t.sql('SHOW server_version_num');
    const serverMajor = Math.floor(Number(version) / 10000);
    const file = path.join(dir, 'passerelle.dump');
    const officer = await t.newUser('officer');
    await officer.agent
      .post('/api/conventions')
      .send({
        reference: 'BACKUP-1',
        title: 'Convention sauvegardée',
        instrument: 'convention_cadre',
        language: 'fr',
        object: 'Coopération',
        effectiveOn: '2024-01-01',
        parties: [
          { name: 'Ville', country: 'FR', level: 'commune', organizationId: officer.organizationId },
          { name: 'Province', country: 'MA', level: 'province' },
        ],
        clauses: { term: { start: 'effective_date', durationMonths: 36 } },
      })
      .expect(201);
    if (clientMajor() < serverMajor) {
      // The embedded server is newer than the client tools here: the backup says so and writes nothing.
      await expect(backupDatabase(t.database.url, file)).rejects.toThrow(BackupError);
      await expect(backupDatabase(t.database.url, file)).rejects.toThrow(`PostgreSQL ${serverMajor}`);
      expect(fs.existsSync(file)).toBe(false);
      return;
    }
    const before = await t.sql(
      `SELECT (SELECT count(*)::int FROM conventions) AS conventions, (SELECT count(*)::int FROM deadlines) AS deadlines,
              (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM audit_log) AS audit`,
    );
    const { bytes } = await backupDatabase(t.database.url, file);
    expect(bytes).toBeGreaterThan(1000);
    // After the backup: a change, then a deletion, that the restore must undo.
    await t.sql(`UPDATE conventions SET title = 'changed after the backup'`);
    await t.sql(`DELETE FROM deadlines`);
    await restoreDatabase(t.database.url, file);
    expect(
      await t.sql(
        `SELECT (SELECT count(*)::int FROM conventions) AS conventions, (SELECT count(*)::int FROM deadlines) AS deadlines,
                (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM audit_log) AS audit`,
      ),
    ).toEqual(before);
    expect(await t.sql(`SELECT title FROM conventions WHERE reference = 'BACKUP-1'`)).toEqual([
      { title: 'Convention sauvegardée' },
    ]);
    // A missing file is a clear error, the database untouched.
    await expect(restoreDatabase(t.database.url, path.join(dir, 'none.dump'))).rejects.toThrow(
      'no such backup',
    );
  });
});
