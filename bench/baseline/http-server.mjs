// The raw baseline of the read path (issue 20): the product's own SQL through bare `pg` behind bare
// `node:http`, nothing else — no framework, no session lookup, no mapping beyond JSON.stringify of
// the rows. A child process of bench/suites/calendar.mjs, so that the load generator does not
// share its event loop (the product's API runs the same way).
//
// IPC: the parent sends { cmd: 'routes', routes: { '/path': [{ sql, params }, ...] } }: each GET of
// a path runs its queries in order on one pooled connection (as the product's use case does) and
// answers the rows of the first as JSON. Answers { cmd: 'routes' } once listening on `port`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pg = require('pg');
// Dates stay strings, as the product's data source parses them.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const [url] = process.argv.slice(2);
// The product's pool size and session settings (libs/persistence/src/data-source.ts: extra).
const pool = new pg.Pool({
  connectionString: url,
  max: 20,
  application_name: 'passerelle-baseline',
  options: '-c max_parallel_workers_per_gather=0 -c jit=off',
});
let routes = {};

const server = createServer(async (request, response) => {
  const queries = routes[request.url];
  if (!queries) {
    response.writeHead(404).end();
    return;
  }
  try {
    let first = null;
    for (const query of queries) {
      const { rows } = await pool.query(query.sql, query.params);
      first ??= rows;
    }
    const body = JSON.stringify(first);
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  } catch (error) {
    response.writeHead(500).end(String(error?.message ?? error));
  }
});

process.on('message', (message) => {
  if (message.cmd === 'routes') {
    routes = message.routes;
    process.send({ cmd: 'routes', result: { port: server.address().port } });
  } else if (message.cmd === 'close') {
    server.close();
    pool.end().then(() => process.exit(0));
  }
});

server.listen(0, '127.0.0.1', () => process.send({ cmd: 'ready', port: server.address().port }));
