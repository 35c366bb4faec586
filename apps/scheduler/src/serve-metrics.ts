import { createServer } from 'node:http';
import { AppConfig } from '@passerelle/config';
import { register } from 'prom-client';
import { metricsAccess } from '@passerelle/scheduler';

/** The scheduler alone has no HTTP API: METRICS_PORT serves its /metrics (sweep and dispatch durations). */
export function serveMetrics(config: AppConfig['metrics'], port: number): void {
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') return void response.writeHead(404).end();
    const access = metricsAccess(config, request.headers.authorization, request.socket.remoteAddress);
    if (access !== 'ok') return void response.writeHead(access === 'closed' ? 404 : 401).end();
    register
      .metrics()
      .then((body) => response.writeHead(200, { 'Content-Type': register.contentType }).end(body))
      .catch(() => response.writeHead(500).end());
  });
  server.listen(port);
  server.unref();
}
