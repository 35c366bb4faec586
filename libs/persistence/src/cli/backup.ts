import { loadConfigOrExit } from '@passerelle/config';
import { BackupError, backupDatabase, restoreDatabase } from '../backup';
import { prepareDatabaseOrExit } from '../database';

/**
 * `npm run backup [file]` (default DATA_DIR/backups/passerelle-<instant>.dump) and
 * `npm run restore <file>`: DATABASE_URL, or the embedded server started for the occasion.
 */
async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  const config = loadConfigOrExit('passerelle');
  if (command === 'restore' && !argument) throw new BackupError('usage: npm run restore -- <file>');
  const database = await prepareDatabaseOrExit(config, 'passerelle');
  try {
    if (command === 'restore') {
      await restoreDatabase(database.url, argument);
      process.stdout.write(`passerelle: restored ${argument}\n`);
    } else {
      const file =
        argument ??
        `${config.dataDir}/backups/passerelle-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`;
      const { bytes } = await backupDatabase(database.url, file);
      process.stdout.write(`passerelle: backup written to ${file} (${bytes} bytes)\n`);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof BackupError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`passerelle: ${message}\n`);
  process.exit(1);
});
