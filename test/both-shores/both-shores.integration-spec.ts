import * as fs from 'node:fs';
import * as path from 'node:path';
import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';
import { asOfficer, User, VLG } from '../governance/officer-conventions';

jest.setTimeout(60_000);

const seed = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', 'conventions', file), 'utf8'));

interface Item {
  rule: string;
  ok: boolean;
  detail: string;
  messageKey: string;
}

describe('both shores (CONTRACT §7, real PostgreSQL)', () => {
  let t: TestApp;
  let officer: User;
  let moroccan: User;
  const { vlgTiznit, deadlines } = asOfficer(() => officer);

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-06-15T09:00:00Z' });
    officer = await t.newUser('officer');
    moroccan = await t.newUser('officer', {
      name: `Tiznit ${process.pid}`,
      country: 'MA',
      timezone: 'Africa/Casablanca',
    });
  });
  afterAll(() => t.close());

  const compliance = async (id: string, lang = 'fr') =>
    (await officer.agent.get(`/api/conventions/${id}/compliance`).query({ lang }).expect(200)).body as Item[];
  const rule = (items: Item[], name: string) => items.filter((item) => item.rule === name);

  /** VLG – Tiznit as its text says: starts after both signatures and the governor's visa. */
  const afterApprovals = (tiznit: Record<string, unknown> = {}, vlg: Record<string, unknown> = {}) =>
    vlgTiznit({
      effectiveOn: null,
      clauses: { ...aConvention().clauses, term: { start: 'after_approvals', durationMonths: 36 } },
      parties: [
        { ...aConvention().parties[0], signedOn: '2023-02-01', ...vlg },
        {
          ...aConvention().parties[1],
          organizationId: moroccan.organizationId,
          signedOn: '2023-02-10',
          visaAuthority: 'governor',
          ...tiznit,
        },
      ],
    });

  describe('term start after_approvals', () => {
    it('has no start, no term deadline and a failing ma_visa while the visa is missing', async () => {
      const { id } = await afterApprovals();
      const convention = (await officer.agent.get(`/api/conventions/${id}`).expect(200)).body;
      expect(convention.status).toBe('awaiting_signatures');
      expect(convention.executory).toEqual([
        { country: 'FR', executory: true, executoryOn: '2023-02-10', missing: [] },
        { country: 'MA', executory: false, executoryOn: null, missing: [{ party: 'Tiznit', step: 'visa' }] },
      ]);
      expect(convention.statusNotes).toEqual([{ code: 'not_executory', country: 'MA' }]);
      const kinds = (await deadlines(id, '2023-01-01', '2030-12-31')).map((d) => d.kind);
      expect(kinds).not.toContain('expiry');
      expect(rule(await compliance(id), 'ma_visa')).toMatchObject([
        { ok: false, messageKey: 'compliance.ma_visa.missing' },
      ]);
    });

    it('starts on the visa once recorded (PATCH), in force on both sides, term deadlines from it', async () => {
      const { id } = await afterApprovals();
      const doc = (await officer.agent.get(`/api/conventions/${id}`).expect(200)).body;
      const parties = doc.parties.map((party: { name: string }) =>
        party.name === 'Tiznit' ? { ...party, visaOn: '2023-03-01' } : party,
      );
      const patched = (await officer.agent.patch(`/api/conventions/${id}`).send({ parties }).expect(200))
        .body;
      expect(patched.status).toBe('in_force');
      expect(patched.executory.map((side: { executory: boolean }) => side.executory)).toEqual([true, true]);
      const list = await deadlines(id, '2025-01-01', '2026-12-31');
      expect(list.find((d) => d.kind === 'expiry')?.dueOn).toBe('2026-02-28');
      expect(list.find((d) => d.kind === 'tacit_renewal')?.dueOn).toBe('2026-03-01');
      const visa = rule(await compliance(id), 'ma_visa');
      expect(visa).toMatchObject([{ ok: true, detail: 'Tiznit : visa de le gouverneur du 1er mars 2023.' }]);
      const inArabic = rule(await compliance(id, 'ar'), 'ma_visa');
      expect(inArabic[0].detail).toBe('\u2068Tiznit\u2069: تأشيرة العامل بتاريخ 1 مارس 2023.');
    });

    it('refuses a visa before the deliberation with a 400 naming the field, and writes nothing', async () => {
      const before = await t.sql('SELECT count(*)::int AS n FROM conventions');
      const response = await officer.agent
        .post('/api/conventions')
        .send({
          ...aConvention({ clauses: { term: { start: 'after_approvals', durationMonths: 36 } } }),
          parties: [
            { ...aConvention().parties[0], organizationId: officer.organizationId },
            { ...aConvention().parties[1], deliberationOn: '2021-09-20', visaOn: '2021-09-01' },
          ],
        })
        .expect(400);
      expect(response.body.message).toContain('parties[1].visaOn');
      const bad = await officer.agent
        .post('/api/conventions')
        .send({
          ...aConvention(),
          parties: [
            { ...aConvention().parties[0], organizationId: officer.organizationId },
            { ...aConvention().parties[1], visaAuthority: 'pasha' },
          ],
        })
        .expect(400);
      expect(JSON.stringify(bad.body)).toContain('visaAuthority');
      expect(await t.sql('SELECT count(*)::int AS n FROM conventions')).toEqual(before);
    });
  });

  describe('rules on each side', () => {
    it('ma_deliberation for each Moroccan party, prefecture_review with its closing day for each French one', async () => {
      const { id } = await afterApprovals(
        { deliberationOn: null, visaOn: '2023-03-01' },
        { prefectureTransmissionOn: '2026-05-20', prefectureReceiptNumber: '092-219200072-20260520-DEL-DE' },
      );
      const items = await compliance(id);
      expect(rule(items, 'ma_deliberation')).toMatchObject([
        { ok: false, detail: 'Tiznit : aucune délibération du conseil enregistrée.' },
      ]);
      expect(rule(items, 'prefecture_review')).toMatchObject([
        {
          ok: true,
          messageKey: 'compliance.prefecture_review.open',
          detail: `${VLG} : reçue en préfecture le 20 mai 2026 ; le préfet peut la déférer jusqu'au 20 juillet 2026.`,
        },
      ]);
      const list = await deadlines(id, '2026-01-01', '2026-12-31');
      expect(list.filter((d) => d.kind === 'prefecture_review')).toMatchObject([
        { dueOn: '2026-07-20', status: 'upcoming' },
      ]);
      const convention = (await officer.agent.get(`/api/conventions/${id}`).expect(200)).body;
      expect(convention.parties[0].prefectureReceiptNumber).toBe('092-219200072-20260520-DEL-DE');
    });

    it('no_foreign_state: a foreign State as a party fails CGCT L1115-5', async () => {
      const { id } = await vlgTiznit({
        parties: [
          { ...aConvention().parties[0] },
          { name: 'Royaume du Maroc', country: 'MA', level: 'state' },
        ],
      });
      expect(rule(await compliance(id), 'no_foreign_state')).toMatchObject([
        { ok: false, messageKey: 'compliance.no_foreign_state.foreign_state' },
      ]);
    });

    it('minutes_signed says "no meeting yet" while no meeting was held, then judges the minutes', async () => {
      const { id } = await vlgTiznit();
      expect(rule(await compliance(id), 'minutes_signed')).toMatchObject([
        { ok: true, messageKey: 'compliance.minutes_signed.no_meeting_yet' },
      ]);
      await officer.agent
        .post(`/api/conventions/${id}/meetings`)
        .send({ heldOn: '2026-03-12', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
        .expect(201);
      expect(rule(await compliance(id), 'minutes_signed')).toMatchObject([
        { ok: false, messageKey: 'compliance.minutes_signed.unsigned' },
      ]);
    });

    it('a renewal notice whose day passed without a notice is lapsed, never overdue', async () => {
      const { id } = await vlgTiznit();
      const notice = (await deadlines(id, '2025-10-01', '2025-10-03')).find(
        (d) => d.kind === 'renewal_notice',
      );
      expect(notice).toMatchObject({ dueOn: '2025-10-02', status: 'lapsed' });
      const calendar = (
        await officer.agent
          .get('/api/calendar')
          .query({ from: '2025-10-02', to: '2025-10-02', kind: 'renewal_notice' })
      ).body as Array<{ conventionId: string; status: string }>;
      expect(calendar.filter((item) => item.conventionId === id).map((item) => item.status)).toEqual([
        'lapsed',
      ]);
    });
  });

  describe('the APD ledger and declaration (CGCT L1115-6)', () => {
    let id: string;
    beforeAll(async () => {
      ({ id } = await vlgTiznit());
    });
    const pay = (body: Record<string, unknown>) =>
      officer.agent.post(`/api/conventions/${id}/payments`).send(body);

    it('records payments, refuses a bad one with a 400 naming the field and writes nothing', async () => {
      await pay({
        party: VLG,
        amount: 12000,
        currency: 'EUR',
        paidOn: '2025-03-15',
        kind: 'cash',
        purpose: 'Jeunesse',
      }).expect(201);
      const mad = await pay({
        party: VLG,
        amount: 50000,
        currency: 'MAD',
        exchangeRate: 0.0925,
        paidOn: '2025-09-01',
        kind: 'in_kind',
        purpose: 'Matériel informatique',
      }).expect(201);
      expect(mad.body).toMatchObject({ amountEur: 4625, country: 'MA', warnings: [] });
      await pay({ party: VLG, amount: 3000, currency: 'EUR', paidOn: '2026-02-01', kind: 'cash' }).expect(
        201,
      );

      const noRate = await pay({
        party: VLG,
        amount: 10,
        currency: 'MAD',
        paidOn: '2025-03-15',
        kind: 'cash',
      }).expect(400);
      expect(noRate.body.message).toMatch(/^currency: no exchange rate for MAD/);
      expect(
        (
          await pay({
            party: 'Paris',
            amount: 10,
            currency: 'EUR',
            paidOn: '2025-03-15',
            kind: 'cash',
          }).expect(400)
        ).body.message,
      ).toMatch(/^party:/);
      expect(
        (
          await pay({ party: VLG, amount: 10, currency: 'EUR', paidOn: '2026-07-01', kind: 'cash' }).expect(
            400,
          )
        ).body.message,
      ).toMatch(/^paidOn:/);
      expect(
        JSON.stringify(
          (
            await pay({ party: VLG, amount: -1, currency: 'EUR', paidOn: '2025-03-15', kind: 'cash' }).expect(
              400,
            )
          ).body,
        ),
      ).toContain('amount');
      expect(
        await t.sql('SELECT count(*)::int AS n FROM convention_payments WHERE convention_id = $1', [id]),
      ).toEqual([{ n: 3 }]);
    });

    it('warns (201) when paid in a year the convention was not in force', async () => {
      const early = await pay({
        party: VLG,
        amount: 500,
        currency: 'EUR',
        paidOn: '2022-11-30',
        kind: 'cash',
      }).expect(201);
      expect(early.body.warnings).toEqual([
        { code: 'not_in_force_that_year', params: { year: 2022, party: VLG } },
      ]);
    });

    it('lists the ledger with totals per year', async () => {
      const body = (await officer.agent.get(`/api/conventions/${id}/payments`).expect(200)).body;
      expect(body.items).toHaveLength(4);
      expect(body.byYear.find((row: { year: number }) => row.year === 2025)).toEqual({
        year: 2025,
        totals: [
          { currency: 'EUR', amount: 12000 },
          { currency: 'MAD', amount: 50000 },
        ],
        totalEur: 16625,
      });
    });

    it('answers the organization’s APD of a year grouped as the declaration asks, and its deadline', async () => {
      const body = (
        await officer.agent
          .get(`/api/organizations/${officer.organizationId}/apd`)
          .query({ year: 2025 })
          .expect(200)
      ).body;
      expect(body).toMatchObject({
        year: 2025,
        totals: [
          { currency: 'EUR', amount: 12000 },
          { currency: 'MAD', amount: 50000 },
        ],
        byCountry: [
          { country: 'MA', currency: 'EUR', amount: 12000 },
          { country: 'MA', currency: 'MAD', amount: 50000 },
        ],
        totalEur: 16625,
        byCountryEur: [{ country: 'MA', cash: 12000, inKind: 4625, total: 16625 }],
        deadline: { kind: 'apd_declaration', dueOn: '2026-05-31', status: 'overdue' },
        declaration: null,
      });
      expect(body.lines).toHaveLength(2);
      // Another organization's declaration is a 404, like one that does not exist.
      await moroccan.agent
        .get(`/api/organizations/${officer.organizationId}/apd`)
        .query({ year: 2025 })
        .expect(404);
      await officer.agent
        .get(`/api/organizations/${officer.organizationId}/apd`)
        .query({ year: 'x' })
        .expect(400);
    });

    it('puts one apd_declaration a year in the organization’s calendar, done once declared', async () => {
      const inCalendar = async () =>
        (
          (
            await officer.agent
              .get('/api/calendar')
              .query({ from: '2026-05-31', to: '2026-05-31' })
              .expect(200)
          ).body as Array<{
            kind: string;
            status: string;
            conventionId: string | null;
          }>
        ).filter((item) => item.kind === 'apd_declaration');
      expect(await inCalendar()).toMatchObject([{ conventionId: null, status: 'overdue' }]);
      // The Moroccan partner of a convention in force in 2025 declares no French APD.
      const shared = aConvention({ effectiveOn: '2024-01-01' });
      shared.parties = [
        { ...shared.parties[0], organizationId: officer.organizationId },
        { ...shared.parties[1], organizationId: moroccan.organizationId },
      ];
      await t.api.post('/api/conventions').send(shared).expect(201);
      const theirs = (
        await moroccan.agent.get('/api/calendar').query({ from: '2026-01-01', to: '2026-12-31' }).expect(200)
      ).body as Array<{ kind: string; reference: string }>;
      expect(theirs.some((item) => item.reference === shared.reference)).toBe(true);
      expect(theirs.filter((item) => item.kind === 'apd_declaration')).toEqual([]);

      const url = `/api/organizations/${officer.organizationId}/apd/2025/declaration`;
      await officer.agent.post(url).send({ declaredOn: '2026-05-20' }).expect(200);
      await officer.agent.post(url).send({ declaredOn: '2026-05-20' }).expect(200);
      expect(await t.sql('SELECT count(*)::int AS n FROM apd_declarations')).toEqual([{ n: 1 }]);
      expect(await inCalendar()).toMatchObject([{ status: 'done' }]);
    });

    it('exports the declaration as CSV and XLSX', async () => {
      const csv = await officer.agent
        .get(`/api/organizations/${officer.organizationId}/apd.csv`)
        .query({ year: 2025, lang: 'fr' })
        .expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text).toContain('Pays bénéficiaire');
      expect(csv.text).toContain('4625');
      const xlsx = await officer.agent
        .get(`/api/organizations/${officer.organizationId}/apd.xlsx`)
        .query({ year: 2025 })
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    });

    it('imports an action plan’s co-financing lines once', async () => {
      const meeting = await officer.agent
        .post(`/api/conventions/${id}/meetings`)
        .send({ heldOn: '2025-11-20', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
        .expect(201);
      const plan = await officer.agent
        .post(`/api/meetings/${meeting.body.id}/action-plans`)
        .send({
          year: 2026,
          items: [
            {
              axis: 'Jeunesse',
              action: 'Chantier international',
              leadParty: VLG,
              coFinancing: [
                { source: VLG, amount: 8000, currency: 'EUR' },
                { source: 'MEAE', amount: 4000, currency: 'EUR' },
              ],
              status: 'planned',
            },
          ],
        })
        .expect(201);
      const url = `/api/conventions/${id}/payments/import-action-plan`;
      const first = (
        await officer.agent.post(url).send({ actionPlanId: plan.body.id, paidOn: '2026-03-01' }).expect(200)
      ).body;
      expect(first.created).toHaveLength(1);
      expect(first.skipped).toEqual([{ item: 0, line: 1, reason: 'not_a_party' }]);
      const again = (
        await officer.agent.post(url).send({ actionPlanId: plan.body.id, paidOn: '2026-03-01' }).expect(200)
      ).body;
      expect(again).toMatchObject({ created: [], unchanged: 1 });
    });
  });

  describe('the council report', () => {
    it('is an A4 printable page with the year’s conventions, meetings, plans and money; and an XLSX', async () => {
      const { id } = await vlgTiznit({
        financialCommitments: [{ party: VLG, amount: 15000, currency: 'EUR', year: 2025 }],
      });
      await officer.agent
        .post(`/api/conventions/${id}/payments`)
        .send({ party: VLG, amount: 9000, currency: 'EUR', paidOn: '2025-04-02', kind: 'cash' })
        .expect(201);
      const meeting = await officer.agent
        .post(`/api/conventions/${id}/meetings`)
        .send({ heldOn: '2025-06-12', city: 'Villeneuve-la-Garenne', country: 'FR', hostParty: VLG })
        .expect(201);
      await officer.agent
        .post(`/api/meetings/${meeting.body.id}/decisions`)
        .send({
          subject: 'Programme 2026',
          votes: [
            { party: VLG, vote: 'for' },
            { party: 'Tiznit', vote: 'for' },
          ],
        })
        .expect(201);
      const url = `/api/organizations/${officer.organizationId}/council-report`;
      const html = await officer.agent.get(url).query({ year: 2025, lang: 'fr' }).expect(200);
      expect(html.headers['content-type']).toContain('text/html');
      expect(html.text).toContain('@page { size: A4');
      expect(html.text).not.toContain('<script');
      expect(html.text).toContain('12 juin 2025');
      expect(html.text).toContain('Programme 2026');
      const json = (await officer.agent.get(`${url}.json`).query({ year: 2025 }).expect(200)).body;
      expect(
        json.money.find(
          (row: { reference: string }) =>
            row.reference === json.conventions.find((c: { id: string }) => c.id === id)?.reference,
        ),
      ).toMatchObject({
        partner: 'Tiznit',
        country: 'MA',
        currency: 'EUR',
        committed: 15000,
        paid: 9000,
      });
      const arabic = await officer.agent.get(url).query({ year: 2025, lang: 'ar' }).expect(200);
      expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
      expect(arabic.text).toContain('12 يونيو 2025');
      await officer.agent.get(`${url}.xlsx`).query({ year: 2025 }).expect(200);
      await moroccan.agent.get(url).query({ year: 2025 }).expect(404);
    });
  });

  describe('the seeds read from their texts', () => {
    it('VLG – Tiznit: after_approvals with the governor’s visa pending, and its annual evaluation', () => {
      const vlg = seed('villeneuve-la-garenne-tiznit.json');
      expect(vlg.effectiveOn).toBeNull();
      expect(vlg.clauses.term.start).toBe('after_approvals');
      expect(vlg.clauses.evaluation.annual).toBe(true);
      expect(vlg.parties[1]).toMatchObject({ country: 'MA', visaOn: null, visaAuthority: 'governor' });
    });
  });
});
