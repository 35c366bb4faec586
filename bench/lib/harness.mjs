// Shared by bench/run.mjs and bench/experiments.mjs: the bench database, pg clients, child processes.
import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const require = createRequire(import.meta.url);
require('reflect-metadata');
export const persistence = require(join(root, 'dist/libs/persistence/src/index.js'));
export const pg = require('pg');

// Calendar dates stay strings, as in the application (data-source.ts sets the same parser).
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const log = (line = '') => process.stdout.write(`${line}\n`);

export const fmt = (value, digits = 0) =>
  typeof value === 'number'
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : String(value);

/**
 * A fresh database `passerelle_bench_<timestamp>`: on DATABASE_URL's server when set, else on an
 * embedded PostgreSQL in a temporary directory. close() drops it (and stops the embedded server).
 */
export async function openDatabase() {
  const name = `passerelle_bench_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL;
    await persistence.createDatabaseIfMissing(serverUrl, name);
    return {
      url: persistence.databaseUrlFor(serverUrl, name),
      kind: 'DATABASE_URL',
      close: () => persistence.dropDatabase(serverUrl, name),
    };
  }
  const dir = mkdtempSync(join(os.tmpdir(), 'passerelle-bench-'));
  // As root, the embedded server runs as a `postgres` system user: it must reach the directory.
  chmodSync(dir, 0o755);
  const server = await persistence.startEmbeddedPostgres(join(dir, 'postgres'), { persistent: false });
  await persistence.createDatabaseIfMissing(server.serverUrl, name);
  return {
    url: persistence.databaseUrlFor(server.serverUrl, name),
    kind: 'embedded',
    close: async () => {
      await server.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the database, runs `work(database)`, and always drops it, also on Ctrl-C. */
export async function withBenchDatabase(work) {
  const database = await openDatabase();
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    database.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    database.serverVersion = await withClient(
      database.url,
      async (client) => (await client.query('SHOW server_version')).rows[0].server_version,
    );
    return await work(database);
  } finally {
    if (!interrupted) await database.close();
  }
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A compiled bench script (dist/bench/<script>) as a child process; `done` yields its @@RESULT line. */
export function runChild(script, args, { ipc = false } = {}) {
  const child = fork(join(root, 'dist/bench', script), args, {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    // No V8 flags, as `npm start` and the Dockerfile run (issue 20): figures are the product's.
    execArgv: [],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const done = new Promise((resolveDone, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 && !ipc) return reject(new Error(`${script} ${args[0]} exited with ${code}`));
      const line = stdout.split('\n').find((text) => text.startsWith('@@RESULT '));
      resolveDone(line ? JSON.parse(line.slice('@@RESULT '.length)) : null);
    });
  });
  return { child, done };
}

/** Sends a message to a child and waits for its answer of the same `cmd` (or an `error`). */
export function askChild(child, message) {
  return new Promise((resolveAsk, reject) => {
    const onMessage = (reply) => {
      if (reply.cmd === message.cmd) {
        child.off('message', onMessage);
        resolveAsk(reply.result);
      } else if (reply.cmd === 'error') {
        child.off('message', onMessage);
        reject(new Error(reply.message));
      }
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

/** `clients` pg connections running `query` in closed loops for `seconds` (after a 1 s warm-up). */
export async function sqlLoad(url, query, clients, seconds) {
  const { closedLoop } = require(join(root, 'dist/bench/lib/stats.js'));
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  try {
    const { rows } = await connections[0].query(query.sql, query.params);
    await closedLoop(clients, 1, (worker) => connections[worker].query(query.sql, query.params));
    const stats = await closedLoop(clients, seconds, (worker) =>
      connections[worker].query(query.sql, query.params),
    );
    return { rows: rows.length, ...stats };
  } finally {
    await Promise.all(connections.map((client) => client.end()));
  }
}
