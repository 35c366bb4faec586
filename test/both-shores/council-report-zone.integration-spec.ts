import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

describe('the council report is dated in the organization’s zone (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Noon in Paris on 30 June is already 1 July in Kiritimati (UTC+14).
    t = await startTestApp({ now: '2027-06-30T12:00:00Z' });
  });
  afterAll(() => t.close());

  it('says today and each convention’s state as of the day where they are, not in Paris', async () => {
    const officer = await t.newUser('officer', {
      name: `Kiritimati ${process.pid}`,
      country: 'FR',
      timezone: 'Pacific/Kiritimati',
    });
    const doc = aConvention({
      effectiveOn: '2024-07-01',
      timeZone: 'Pacific/Kiritimati',
      clauses: { term: { start: 'effective_date', durationMonths: 36 } },
    });
    doc.parties = doc.parties.map((party) => ({
      ...party,
      signedOn: '2024-06-15',
      ...(party.country === 'FR' && { organizationId: officer.organizationId }),
    }));
    const { id } = (await officer.agent.post('/api/conventions').send(doc).expect(201)).body as {
      id: string;
    };
    const report = (
      await officer.agent
        .get(`/api/organizations/${officer.organizationId}/council-report.json`)
        .query({ year: 2027 })
        .expect(200)
    ).body as { today: string; conventions: Array<{ id: string; status: string }> };
    expect(report.today).toBe('2027-07-01');
    // Its last day in force was 30 June 2027: over in Kiritimati, still running in Paris.
    expect(report.conventions.find((convention) => convention.id === id)?.status).toBe('expired');
  });
});
