import * as fs from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__passerelleTestDatabase as
    { serverUrl: string; template: string; stop?: () => Promise<void>; dataDir?: string } | undefined;
  if (!state) return;
  const client = new Client({ connectionString: state.serverUrl });
  await client.connect();
  try {
    // The template and every per-file clone of this run.
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${state.template}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await state.stop?.();
  if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
}
