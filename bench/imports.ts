// `npm run bench:imports`: the directory import and a 10,000-row XLSX previewed and imported, with
// the process's peak RSS. Needs DATABASE_URL (a fresh database is created on it and dropped).
// Figures only; they go into BENCHMARKS.md by hand.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { ImportConventionsUseCase, ImportRepertoireUseCase, SystemClock } from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { createDataSource, runMigrations, TypeormPortfolioRepository } from '@passerelle/persistence';
import { readSpreadsheet } from '../apps/api/src/imports/read-spreadsheet';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const ADMIN: Actor = {
  userId: 'bench',
  email: 'bench@passerelle.test',
  role: 'admin',
  organizationId: null,
  language: 'fr',
};

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  // Each step's peak starts from a collected heap (node --expose-gc), not from the step before's garbage.
  (globalThis as { gc?: () => void }).gc?.();
  peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${label.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s   peak RSS ${mib(peakRss)}\n`,
  );
  return result;
}

async function workbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('officer');
  sheet.addRow([
    'Référence',
    'Intitulé',
    'Type',
    'Collectivité française',
    'Pays FR',
    'Partenaire',
    'Pays MA',
    'Signature FR',
    'Signature MA',
    'Durée (mois)',
    'Reconduction',
    'Montant',
    'Réunions par an',
  ]);
  for (let index = 0; index < rows; index += 1) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const month = String((index % 12) + 1).padStart(2, '0');
    sheet.addRow([
      `BENCH-${index}`,
      `Commune ${index} – Commune partenaire ${index}`,
      index % 2 ? 'jumelage' : 'protocole',
      `Commune ${index}`,
      'FR',
      `Commune partenaire ${index}`,
      'MA',
      `${day}/${month}/2015`,
      `${day}/${month}/2016`,
      '36',
      'tacit',
      index % 2
        ? `${(index * 1000 + 600).toLocaleString('fr-FR')} €`
        : `${(index * 1000 + 598).toLocaleString('de-DE')},31 Dhs`,
      '1',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('set DATABASE_URL to a PostgreSQL server (a fresh database is created on it)');
  const name = `passerelle_bench_imports_${Date.now()}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.stdout.write(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${mib(os.totalmem())}, Node ${process.version}\n`,
  );
  try {
    await runMigrations(url.toString());
    const dataSource = await createDataSource(url.toString()).initialize();
    try {
      const repository = new TypeormPortfolioRepository(dataSource);
      const clock = new SystemClock();
      const directory = readFileSync(
        join(__dirname, '../../../shared/seeds/repertoire-franco-marocain-2008.txt'),
        'utf8',
      );
      const repertoire = new ImportRepertoireUseCase(repository, clock, 'Europe/Paris');
      const first = await timed('directory: first import (46 conventions)', () =>
        repertoire.execute(directory, null),
      );
      const again = await timed('directory: second import (nothing changes)', () =>
        repertoire.execute(directory, null),
      );
      process.stdout.write(`  created ${first.created}, then unchanged ${again.unchanged}\n`);

      const bytes = await timed(`xlsx: write ${ROWS} rows (exceljs, not timed below)`, () => workbook(ROWS));
      process.stdout.write(`  ${mib(bytes.length)} file\n`);
      const spreadsheet = new ImportConventionsUseCase(repository, clock, 'Europe/Paris');
      const mapping = {
        reference: 'Référence',
        title: 'Intitulé',
        instrument: 'Type',
        party1_name: 'Collectivité française',
        party1_country: 'Pays FR',
        party2_name: 'Partenaire',
        party2_country: 'Pays MA',
        party1_signed_on: 'Signature FR',
        party2_signed_on: 'Signature MA',
        term_months: 'Durée (mois)',
        renewal_mode: 'Reconduction',
        amount: 'Montant',
        committee_meetings_per_year: 'Réunions par an',
      };
      const preview = await timed(`xlsx: preview ${ROWS} rows (read + dryRun)`, async () =>
        spreadsheet.execute(await readSpreadsheet(bytes, 'bench.xlsx'), { dryRun: true, mapping }, ADMIN),
      );
      process.stdout.write(
        `  ${preview.created} to create, ${preview.rows.filter((row) => row.status === 'error').length} errors\n`,
      );
      const imported = await timed(`xlsx: import ${ROWS} rows (read + write)`, async () =>
        spreadsheet.execute(await readSpreadsheet(bytes, 'bench.xlsx'), { dryRun: false, mapping }, ADMIN),
      );
      const reimported = await timed(`xlsx: same file again (all unchanged)`, async () =>
        spreadsheet.execute(await readSpreadsheet(bytes, 'bench.xlsx'), { dryRun: false, mapping }, ADMIN),
      );
      process.stdout.write(
        `  created ${imported.created}, then ${reimported.rows.filter((row) => row.status === 'unchanged').length} unchanged\n`,
      );
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    clearInterval(sampler);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
