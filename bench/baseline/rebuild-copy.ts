/**
 * Baseline of the deadline rebuild (issue 20): the same computation over the same documents,
 * written straight to COPY with bare `pg` and `pg-copy-streams`, none of the product's plumbing.
 *   node dist/bench/baseline/rebuild-copy.js <url> <batchSize> <today>
 * Each batch is one query that has PostgreSQL build every convention as a JSON document; the
 * domain's materialiseDeadlines computes its deadlines (no governance: the bench seeds none);
 * one COPY for the whole run into a plain table without indexes, then the product's
 * primary key and due_on index built once. It compares its rows with the product's `deadlines`
 * (run the product's rebuild first) and drops its table. Prints `@@RESULT <json>`.
 */
import { materialiseDeadlines } from '@passerelle/application';
import { calendarDateIn, ClauseSource, Deadline, StoredConvention } from '@passerelle/domain';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { MemorySampler } from '../lib/memory';

const TABLE = 'deadlines_baseline';
const COLUMNS =
  'convention_id, kind, due_on, clause, term_index, period_from, period_to, plan_year, source_article, source_quote, source_inherited';

const DOCUMENTS = `
SELECT c.id, c.time_zone, json_build_object(
  'id', c.id, 'reference', c.reference, 'title', c.title, 'instrument', c.instrument, 'language', c.language,
  'object', c.object, 'timeZone', c.time_zone, 'effectiveOn', c.effective_on, 'terminatedOn', c.terminated_on,
  'parties', (SELECT coalesce(json_agg(json_strip_nulls(json_build_object(
      'name', p.name, 'country', p.country, 'organizationId', p.organization_id, 'level', p.level,
      'representative', p.representative, 'representativeTitle', p.representative_title,
      'deliberationOn', p.deliberation_on, 'signedOn', p.signed_on,
      'prefectureTransmissionOn', p.prefecture_transmission_on,
      'prefectureReceiptNumber', p.prefecture_receipt_number, 'visaOn', p.visa_on,
      'visaAuthority', p.visa_authority)) ORDER BY p.position), '[]')
      FROM convention_parties p WHERE p.convention_id = c.id),
  'clauses', (SELECT coalesce(json_object_agg(k.kind, CASE WHEN k.source_article IS NULL AND k.source_quote IS NULL
        THEN k.settings ELSE k.settings || jsonb_build_object('source', jsonb_build_object(
          'article', coalesce(k.source_article, ''), 'quote', coalesce(k.source_quote, ''))) END), '{}')
      FROM convention_clauses k WHERE k.convention_id = c.id),
  'financialCommitments', (SELECT coalesce(json_agg(json_build_object(
      'party', f.party, 'amount', f.amount, 'currency', trim(f.currency), 'year', f.year) ORDER BY f.position), '[]')
      FROM financial_commitments f WHERE f.convention_id = c.id)
) AS doc
FROM conventions c WHERE ($1::uuid IS NULL OR c.id > $1::uuid) ORDER BY c.id LIMIT $2`;

const nul = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '\\N' : value;
const field = (value: string | null) =>
  value === null
    ? '\\N'
    : value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** The COPY lines of one convention: a source equal to its clause's is read through the clause. */
function lines(doc: StoredConvention, deadlines: Deadline[]): string {
  let text = '';
  for (const d of deadlines) {
    const base = d.clause
      ? ((doc.clauses[d.clause] as { source?: ClauseSource } | undefined)?.source ?? null)
      : null;
    const own = d.source ?? null;
    const inherited =
      own === null
        ? base === null
        : base !== null && base.article === own.article && base.quote === own.quote;
    const kept = inherited ? null : own;
    text += `${doc.id}\t${d.kind}\t${d.dueOn}\t${nul(d.clause)}\t${nul(d.termIndex)}\t${nul(d.period?.from)}\t${nul(
      d.period?.to,
    )}\t${nul(d.planYear)}\t${field(kept?.article ?? null)}\t${field(kept?.quote ?? null)}\t${inherited ? 't' : 'f'}\n`;
  }
  return text;
}

async function main(): Promise<void> {
  const [url, batchArg, today] = process.argv.slice(2);
  const batchSize = Number(batchArg);
  const now = new Date(`${today}T09:00:00Z`);
  const reader = new Client({ connectionString: url });
  const writer = new Client({ connectionString: url });
  await Promise.all([reader.connect(), writer.connect()]);
  const memory = new MemorySampler().start(50);
  const started = performance.now();
  await writer.query(`DROP TABLE IF EXISTS ${TABLE}`);
  await writer.query(`CREATE TABLE ${TABLE} (LIKE deadlines INCLUDING DEFAULTS)`);
  const copy = writer.query(copyFrom(`COPY ${TABLE} (${COLUMNS}) FROM STDIN`));
  const copied = finished(copy);
  copied.catch(() => undefined);
  const todayIn = new Map<string, string>();
  let conventions = 0;
  let deadlines = 0;
  let computeMs = 0;
  let afterId: string | null = null;
  let chunk = '';
  // The next batch is read while this one is computed.
  let next = reader.query(DOCUMENTS, [afterId, batchSize]);
  for (;;) {
    const { rows } = await next;
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1].id;
    next = reader.query(DOCUMENTS, [afterId, batchSize]);
    for (const row of rows) {
      const t0 = performance.now();
      let day = todayIn.get(row.time_zone);
      if (!day) todayIn.set(row.time_zone, (day = calendarDateIn(now, row.time_zone)));
      const { deadlines: computed } = materialiseDeadlines(row.doc as StoredConvention, day);
      chunk += lines(row.doc as StoredConvention, computed);
      computeMs += performance.now() - t0;
      deadlines += computed.length;
      if (chunk.length >= 64 * 1024) {
        const ok = copy.write(chunk);
        chunk = '';
        if (!ok) await once(copy, 'drain');
      }
    }
    conventions += rows.length;
    memory.sample();
  }
  copy.end(chunk);
  await copied;
  const copySeconds = (performance.now() - started) / 1000;
  await writer.query(`SET maintenance_work_mem = '256MB'`);
  await writer.query(`ALTER TABLE ${TABLE} ADD PRIMARY KEY (convention_id, due_on, kind)`);
  await writer.query(`CREATE INDEX ON ${TABLE} (due_on, convention_id)`);
  const seconds = (performance.now() - started) / 1000;
  const mem = memory.stop();
  // The same rows as the product's rebuild, both ways.
  const { rows: diff } = await writer.query(
    `SELECT (SELECT count(*) FROM (SELECT ${COLUMNS} FROM ${TABLE} EXCEPT ALL SELECT ${COLUMNS} FROM deadlines) a)::int AS extra,
            (SELECT count(*) FROM (SELECT ${COLUMNS} FROM deadlines EXCEPT ALL SELECT ${COLUMNS} FROM ${TABLE}) b)::int AS missing`,
  );
  await writer.query(`DROP TABLE ${TABLE}`);
  await Promise.all([reader.end(), writer.end()]);
  process.stdout.write(
    `@@RESULT ${JSON.stringify({
      conventions,
      deadlines,
      seconds: Math.round(seconds * 100) / 100,
      copySeconds: Math.round(copySeconds * 100) / 100,
      computeSeconds: Math.round(computeMs / 10) / 100,
      conventionsPerSecond: Math.round(conventions / seconds),
      sameRowsAsProduct: diff[0].extra === 0 && diff[0].missing === 0,
      ...diff[0],
      ...mem,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
