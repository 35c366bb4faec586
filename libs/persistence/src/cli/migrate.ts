import { loadConfig } from '@passerelle/config';
import { prepareDatabase, runMigrations } from '../database';

/** `npm run migration:run`: applies pending migrations to DATABASE_URL (or the embedded server). */
async function main(): Promise<void> {
  const database = await prepareDatabase(loadConfig());
  try {
    const applied = await runMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migration.');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
