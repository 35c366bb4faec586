/**
 * Child process of bench/run.mjs (one per step, so that each memory figure is its own):
 *   node dist/bench/recompute.js seed <url> <count>
 *   node dist/bench/recompute.js recompute <url> <batchSize> <today> <storesInFlight: 0 = one batch at a time> [limit]
 * Prints one line `@@RESULT <json>` on stdout.
 */
import 'reflect-metadata';
import { materialiseDeadlines } from '@passerelle/application';
import { validateConvention } from '@passerelle/domain';
import {
  createDataSource,
  governanceFactsOn,
  loadConventionsAfter,
  TypeormDeadlineStore,
} from '@passerelle/persistence';
import { RebuildDeadlinesUseCase } from '@passerelle/application';
import { FixedClock } from '@passerelle/domain';
import { Deadline } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { insertConventions } from './lib/bulk-insert';
import { generateConvention, GeneratedConvention } from './lib/generate';
import { currentMemory, MemorySampler } from './lib/memory';

const SEED_BATCH = 5000;

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 10) / 100;
}

async function seed(dataSource: DataSource, count: number): Promise<Record<string, unknown>> {
  const started = performance.now();
  let generateMs = 0;
  let parties = 0;
  let clauses = 0;
  for (let offset = 0; offset < count; offset += SEED_BATCH) {
    const t0 = performance.now();
    const batch: GeneratedConvention[] = [];
    for (let index = offset; index < Math.min(count, offset + SEED_BATCH); index += 1) {
      const item = generateConvention(index);
      const problems = validateConvention(item.doc);
      if (problems.length)
        throw new Error(`generated ${item.doc.reference} is invalid: ${JSON.stringify(problems)}`);
      parties += item.doc.parties.length;
      clauses += Object.values(item.doc.clauses).filter(Boolean).length;
      batch.push(item);
    }
    generateMs += performance.now() - t0;
    await insertConventions(dataSource, batch);
  }
  return {
    conventions: count,
    parties,
    clauses,
    seconds: seconds(started),
    generateSeconds: Math.round(generateMs / 10) / 100,
  };
}

interface Prepared {
  items: Array<{ id: string; deadlinesUntil: string | null; deadlines: Deadline[] }>;
  deadlines: number;
}

async function recompute(
  dataSource: DataSource,
  batchSize: number,
  today: string,
  inFlight: number,
  limit = Infinity,
): Promise<Record<string, unknown>> {
  const repository = new TypeormDeadlineStore(dataSource);
  const before = currentMemory();
  const memory = new MemorySampler().start(50);
  const started = performance.now();
  let loadMs = 0;
  let computeMs = 0;
  let storeMs = 0;
  let conventions = 0;
  let deadlines = 0;
  let withoutStart = 0;
  let batches = 0;
  let afterId: string | null = null;

  const next = async (): Promise<Prepared | null> => {
    const t0 = performance.now();
    const batch =
      conventions < limit
        ? (
            await loadConventionsAfter(dataSource.manager, afterId, Math.min(batchSize, limit - conventions))
          ).map(({ convention }) => convention)
        : [];
    loadMs += performance.now() - t0;
    if (batch.length === 0) return null;
    afterId = batch[batch.length - 1].id;
    const t1 = performance.now();
    let count = 0;
    const items = batch.map((doc) => {
      const { id } = doc;
      const result = materialiseDeadlines(doc, today);
      if (result.deadlinesUntil === null) withoutStart += 1;
      count += result.deadlines.length;
      return { id, ...result };
    });
    computeMs += performance.now() - t1;
    conventions += batch.length;
    return { items, deadlines: count };
  };
  const store = async (prepared: Prepared): Promise<void> => {
    const t0 = performance.now();
    await repository.replace(prepared.items);
    storeMs += performance.now() - t0;
    deadlines += prepared.deadlines;
    batches += 1;
    memory.sample();
  };

  if (inFlight === 0) {
    for (let prepared = await next(); prepared; prepared = await next()) await store(prepared);
  } else {
    // Up to `inFlight` stores (each its own transaction and connection) run while the next batch is
    // loaded and computed: Node and PostgreSQL backends work at once.
    const pending = new Set<Promise<void>>();
    for (let prepared = await next(); prepared; prepared = await next()) {
      if (pending.size >= inFlight) await Promise.race(pending);
      const task: Promise<void> = store(prepared).finally(() => pending.delete(task));
      pending.add(task);
    }
    await Promise.all(pending);
  }
  const total = seconds(started);
  const mem = memory.stop();
  return {
    conventions,
    deadlines,
    withoutStart,
    batches,
    batchSize,
    inFlight,
    seconds: total,
    conventionsPerSecond: Math.round(conventions / total),
    deadlinesPerSecond: Math.round(deadlines / total),
    // With stores in flight, store time overlaps load + compute: the phases add up to more than the total.
    loadSeconds: Math.round(loadMs / 10) / 100,
    computeSeconds: Math.round(computeMs / 10) / 100,
    storeSeconds: Math.round(storeMs / 10) / 100,
    rssBeforeMb: before.rssMb,
    heapUsedBeforeMb: before.heapUsedMb,
    ...mem,
  };
}

/**
 * The whole-table path (RebuildDeadlinesUseCase → TypeormDeadlineStore.rebuildAll): load, compute
 * and insert overlap, indexes are built once at the end, and the new table is swapped in.
 */
async function rebuild(
  dataSource: DataSource,
  batchSize: number,
  today: string,
): Promise<Record<string, unknown>> {
  const before = currentMemory();
  const memory = new MemorySampler().start(50);
  const started = performance.now();
  let computeMs = 0;
  const store = new TypeormDeadlineStore(dataSource);
  // The use case with the timing of its compute step: the rest (load, insert, index, swap) overlaps.
  const timed = new (class extends TypeormDeadlineStore {
    override rebuildAll(
      materialise: Parameters<TypeormDeadlineStore['rebuildAll']>[0],
      size: number,
      version: number,
    ) {
      return store.rebuildAll(
        async (batch) => {
          // Computed lazily as the store writes: each step of the iterator is timed.
          const items = (await materialise(batch))[Symbol.iterator]();
          memory.sample();
          return {
            [Symbol.iterator]: () => ({
              next: () => {
                const t0 = performance.now();
                const step = items.next();
                computeMs += performance.now() - t0;
                return step;
              },
            }),
          };
        },
        size,
        version,
      );
    }
  })(dataSource);
  const useCase = new RebuildDeadlinesUseCase(
    timed,
    new FixedClock(new Date(`${today}T09:00:00Z`)),
    governanceFactsOn(dataSource),
  );
  const result = await useCase.execute(batchSize);
  const total = seconds(started);
  const mem = memory.stop();
  return {
    conventions: result.conventions,
    deadlines: result.deadlines,
    batchSize,
    inFlight: 'rebuild',
    seconds: total,
    conventionsPerSecond: Math.round(result.conventions / total),
    deadlinesPerSecond: Math.round(result.deadlines / total),
    loadSeconds: null,
    computeSeconds: Math.round(computeMs / 10) / 100,
    storeSeconds: null,
    rssBeforeMb: before.rssMb,
    heapUsedBeforeMb: before.heapUsedMb,
    ...mem,
  };
}

async function main(): Promise<void> {
  const [mode, url, ...args] = process.argv.slice(2);
  const dataSource = await createDataSource(url).initialize();
  try {
    let result: Record<string, unknown>;
    if (mode === 'seed') result = await seed(dataSource, Number(args[0]));
    else if (mode === 'rebuild') result = await rebuild(dataSource, Number(args[0]), args[1]);
    else if (mode === 'recompute')
      result = await recompute(
        dataSource,
        Number(args[0]),
        args[1],
        Number(args[2] ?? 0),
        args[3] ? Number(args[3]) : Infinity,
      );
    else throw new Error(`unknown mode ${mode}`);
    process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
