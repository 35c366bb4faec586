import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const TOKEN = 'metrics-token-for-the-tests-0123456789';

describe('GET /metrics (prom-client, bearer METRICS_TOKEN or METRICS_ALLOW)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => t.close());

  it('answers 401 without the token and Prometheus text with it: reminders by state, oldest pending age, HTTP latency, pool', async () => {
    await request(t.http).get('/metrics').expect(401);
    await request(t.http)
      .get('/metrics')
      .set('Authorization', 'Bearer wrong-token-of-the-same-length!!!!!')
      .expect(401);
    await t.api.get('/api/conventions').expect(200);
    const response = await request(t.http)
      .get('/metrics')
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.text).toContain('passerelle_reminders{status="pending"} 0');
    expect(response.text).toContain('passerelle_reminder_oldest_pending_age_seconds 0');
    expect(response.text).toMatch(
      /passerelle_http_request_duration_seconds_count\{method="GET",route="\/api\/conventions",status="200"\} \d+/,
    );
    expect(response.text).toMatch(/passerelle_db_pool_connections\{state="total"\} \d+/);
    expect(response.text).toContain('process_cpu_user_seconds_total');
  });

  it('is closed (404) when neither a token nor an allow-list is configured, and opens to an allowed address', async () => {
    const closed = await startTestApp();
    const allowed = await startTestApp({ env: { METRICS_ALLOW: '127.0.0.0/8,::1' } });
    try {
      await request(closed.http).get('/metrics').expect(404);
      await request(allowed.http).get('/metrics').expect(200);
    } finally {
      await closed.close();
      await allowed.close();
    }
  });
});
