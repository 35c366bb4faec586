import { createHash } from 'node:crypto';
import { aConvention } from '@passerelle/testing';
import { startTestApp, TestApp } from '../support/test-app';

import { asOfficer, DeadlineView, User, VLG } from './officer-conventions';

// Sign-ins (argon2) after every move of the clock and 10 MiB uploads: more than jest's default 5 s.
// Its first test walks a year of committee work (dozens of requests): minutes on a loaded machine.
jest.setTimeout(180_000);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const SIGNATORIES = ['Président de Tiznit', 'Maire de Villeneuve-la-Garenne'];

describe('governance: committee meetings, minutes, action plans, amendments (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: User;
  let viewer: User;
  let stranger: User;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-13T09:00:00Z' });
    officer = await t.newUser('officer', {
      name: 'Villeneuve-la-Garenne',
      country: 'FR',
      timezone: 'Europe/Paris',
    });
    viewer = await t.newUser('viewer', { id: officer.organizationId });
    stranger = await t.newUser('officer', { name: 'Dijon', country: 'FR', timezone: 'Europe/Paris' });
  });
  afterAll(() => t.close());

  /** Moves the clock; sessions expire by the same clock, so everyone signs in again. */
  async function at(instant: string) {
    t.clock.set(new Date(instant));
    for (const user of [officer, viewer, stranger]) {
      user.agent = await t.as(user.email, `password of ${user.email}`);
    }
  }

  const query = (text: string, params: unknown[] = []) => t.sql(text, params);

  const { vlgTiznit, deadlines, brief } = asOfficer(() => officer);

  it('follows Villeneuve-la-Garenne – Tiznit through a year of committee work', async () => {
    await at('2026-03-13T09:00:00Z');
    const { id } = await vlgTiznit();

    // 1. A meeting in France: this year's committee_meeting deadline is done; the years without one are flagged.
    const first = await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({
        heldOn: '2026-03-12',
        city: 'Villeneuve-la-Garenne',
        country: 'FR',
        hostParty: VLG,
        convenedBy: 'Maire de Villeneuve-la-Garenne',
        agenda: [{ title: 'Bilan 2025' }, { title: 'Jumelage des écoles' }],
        attendees: [
          { party: VLG, name: 'Pascal Pelain', role: 'Maire' },
          { party: 'Tiznit', name: 'Abdellah Ghazi', role: 'Président' },
        ],
      })
      .expect(201);
    expect(first.body).toMatchObject({
      heldOn: '2026-03-12',
      hostParty: VLG,
      committeeDeadline: { dueOn: '2026-12-31' },
    });
    expect(first.body.committeeDeadline.record).toMatchObject({ state: 'done', doneOn: '2026-03-12' });
    expect(first.body.warnings.map((w: { code: string; dueOn?: string }) => `${w.code} ${w.dueOn}`)).toEqual([
      'missed_meeting 2023-12-31',
      'missed_meeting 2024-12-31',
      'missed_meeting 2025-12-31',
    ]);
    const meeting1 = first.body.id as string;
    // A client retry lands on the same meeting.
    const retried = await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({ heldOn: '2026-03-12', city: 'Villeneuve-la-Garenne', country: 'FR', hostParty: VLG })
      .expect(201);
    expect(retried.body.id).toBe(meeting1);
    await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({ heldOn: '2026-03-12', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
      .expect(409);
    const unknownHost = await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({ heldOn: '2026-04-01', city: 'Paris', country: 'FR', hostParty: 'Paris' })
      .expect(400);
    expect(unknownHost.body.message).toContain('hostParty');

    let year2026 = await deadlines(id, '2026-01-01', '2026-12-31');
    expect(year2026.find((d) => d.kind === 'committee_meeting')).toMatchObject({
      dueOn: '2026-12-31',
      status: 'done',
    });
    expect(year2026.find((d) => d.kind === 'minutes_signature')).toMatchObject({
      dueOn: '2026-04-11',
      status: 'due',
      about: { missing: SIGNATORIES },
    });

    // 2. The next meeting in France again: the alternation the clause asks for is broken.
    await at('2026-06-21T09:00:00Z');
    const second = await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({ heldOn: '2026-06-20', city: 'Villeneuve-la-Garenne', country: 'FR', hostParty: VLG })
      .expect(201);
    const alternation = second.body.warnings.find((w: { code: string }) => w.code === 'host_not_alternating');
    expect(alternation).toMatchObject({ previousMeetingId: meeting1, repeated: 'FR' });
    expect(alternation.message).toContain('alternance');
    const listed = await viewer.agent.get(`/api/conventions/${id}/meetings`).expect(200);
    expect(
      listed.body.items.map((m: { id: string; warnings: unknown[] }) => [m.id, m.warnings.length]),
    ).toEqual([
      [meeting1, 0],
      [second.body.id, 1],
    ]);

    // 3. A decision blocked by the absent party under unanimity.
    const decision = await officer.agent
      .post(`/api/meetings/${meeting1}/decisions`)
      .send({ subject: 'Jumelage des écoles', agendaItem: 1, votes: [{ party: VLG, vote: 'for' }] })
      .expect(201);
    expect(decision.body).toMatchObject({
      adopted: false,
      blockedBy: ['Tiznit'],
      rule: 'unanimity',
      votes: [
        { party: VLG, vote: 'for' },
        { party: 'Tiznit', vote: 'absent' },
      ],
    });
    const again = await officer.agent
      .post(`/api/meetings/${meeting1}/decisions`)
      .send({ subject: 'Jumelage des écoles', agendaItem: 1, votes: [{ party: VLG, vote: 'for' }] })
      .expect(201);
    expect(again.body.id).toBe(decision.body.id);
    const unknownVoter = await officer.agent
      .post(`/api/meetings/${meeting1}/decisions`)
      .send({
        subject: 'Budget',
        votes: [
          { party: VLG, vote: 'for' },
          { party: 'Paris', vote: 'for' },
        ],
      })
      .expect(400);
    expect(unknownVoter.body).toMatchObject({ field: 'votes[1].party' });
    expect(unknownVoter.body.message).toContain('votes[1].party');
    const adopted = await officer.agent
      .post(`/api/meetings/${meeting1}/decisions`)
      .send({
        subject: 'Bilan 2025',
        votes: [
          { party: VLG, vote: 'for' },
          { party: 'Tiznit', vote: 'for' },
        ],
      })
      .expect(201);
    expect(adopted.body).toMatchObject({ adopted: true, blockedBy: [] });

    // 4. Minutes: sanitised Markdown, signed by one president (not executory), then the other (executory).
    const draft = await officer.agent
      .post(`/api/meetings/${meeting1}/minutes`)
      .send({
        text: '# Procès-verbal\n\nLe comité **valide** le bilan.<script>alert(1)</script><img src=x onerror=alert(2)>',
      })
      .expect(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      executoryOn: null,
      version: 1,
      signatories: SIGNATORIES,
    });
    expect(draft.body.text).toBe('# Procès-verbal\n\nLe comité **valide** le bilan.');
    expect(draft.body.html).toBe(
      '<h1>Procès-verbal</h1>\n<p>Le comité <strong>valide</strong> le bilan.</p>',
    );
    const minutes1 = draft.body.id as string;
    const notASignatory = await officer.agent
      .post(`/api/minutes/${minutes1}/signatures`)
      .send({ signatory: 'Préfet' })
      .expect(400);
    expect(notASignatory.body.message).toContain('signatory');
    const one = await officer.agent
      .post(`/api/minutes/${minutes1}/signatures`)
      .send({ signatory: 'Président de Tiznit', on: '2026-03-20' })
      .expect(201);
    expect(one.body).toMatchObject({
      status: 'awaiting_signatures',
      executoryOn: null,
      missing: ['Maire de Villeneuve-la-Garenne'],
    });
    const both = await officer.agent
      .post(`/api/minutes/${minutes1}/signatures`)
      .send({ signatory: 'Maire de Villeneuve-la-Garenne', on: '2026-03-25' })
      .expect(201);
    expect(both.body).toMatchObject({ status: 'executory', executoryOn: '2026-03-25', missing: [] });
    const retry = await officer.agent
      .post(`/api/minutes/${minutes1}/signatures`)
      .send({ signatory: 'Maire de Villeneuve-la-Garenne', on: '2026-03-25' })
      .expect(201);
    expect(retry.body.signatures).toHaveLength(2);
    year2026 = await deadlines(id, '2026-01-01', '2026-12-31');
    expect(year2026.find((d) => d.kind === 'minutes_signature' && d.dueOn === '2026-04-11')).toMatchObject({
      status: 'done',
      record: { state: 'done', doneOn: '2026-03-25' },
    });

    // Signed minutes are locked: a correction is a new version; the history keeps both.
    const corrected = await officer.agent
      .post(`/api/meetings/${meeting1}/minutes`)
      .send({ text: '# Procès-verbal (rectificatif)\n\nLe comité valide le bilan 2025.' })
      .expect(201);
    expect(corrected.body).toMatchObject({ version: 2, status: 'draft', current: true });
    const history = await viewer.agent.get(`/api/meetings/${meeting1}/minutes`).expect(200);
    expect(
      history.body.map((m: { version: number; status: string; current: boolean }) => [
        m.version,
        m.status,
        m.current,
      ]),
    ).toEqual([
      [1, 'executory', false],
      [2, 'draft', true],
    ]);
    await officer.agent
      .post(`/api/minutes/${minutes1}/signatures`)
      .send({ signatory: 'Président de Tiznit' })
      .expect(409);

    // 5. The 2027 action plan validated at a meeting in Tiznit before 31 December 2026.
    await at('2026-11-21T09:00:00Z');
    const third = await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({ heldOn: '2026-11-20', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
      .expect(201);
    expect(third.body.warnings.filter((w: { code: string }) => w.code === 'host_not_alternating')).toEqual(
      [],
    );
    const plan = await officer.agent
      .post(`/api/meetings/${third.body.id}/action-plans`)
      .send({
        year: 2027,
        items: [
          {
            axis: 'Jeunesse',
            action: 'Échanges scolaires',
            leadParty: VLG,
            budget: 15000,
            currency: 'EUR',
            status: 'planned',
          },
          {
            axis: 'Eau',
            action: 'Réseau d’irrigation',
            leadParty: 'tiznit',
            budget: 120000,
            currency: 'MAD',
            coFinancing: [{ source: 'DAECT', amount: 5000, currency: 'EUR' }],
            status: 'planned',
          },
        ],
      })
      .expect(201);
    expect(plan.body).toMatchObject({
      year: 2027,
      validatedOn: '2026-11-20',
      totals: { EUR: 15000, MAD: 120000 },
      deadline: { dueOn: '2026-12-31', planYear: 2027 },
    });
    expect(plan.body.items[1].leadParty).toBe('Tiznit');
    const badLead = await officer.agent
      .post(`/api/meetings/${third.body.id}/action-plans`)
      .send({ year: 2028, items: [{ axis: 'x', action: 'y', leadParty: 'Paris', status: 'planned' }] })
      .expect(400);
    expect(badLead.body.message).toContain('items[0].leadParty');
    year2026 = await deadlines(id, '2026-01-01', '2026-12-31');
    expect(year2026.find((d) => d.kind === 'action_plan' && d.dueOn === '2026-12-31')).toMatchObject({
      status: 'done',
    });

    // Compliance counts the minutes still lacking a signature (meeting 1's correction, meetings 2 and 3).
    const compliance = await officer.agent.get(`/api/conventions/${id}/compliance`).expect(200);
    expect(compliance.body.find((item: { rule: string }) => item.rule === 'minutes_signed')).toMatchObject({
      ok: false,
      params: { count: 3 },
    });

    // 6. An amendment: the committee meets twice a year and the plan is due by 30 November.
    await at('2026-12-01T09:00:00Z');
    const before2027 = brief(await deadlines(id, '2027-01-01', '2027-12-31'));
    expect(before2027).toEqual(['action_plan 2027-12-31 upcoming', 'committee_meeting 2027-12-31 upcoming']);
    const invalid = await officer.agent
      .post(`/api/conventions/${id}/amendments`)
      .send({ text: 'Avenant', changes: { committee: { minMeetingsPerYear: 5 } } })
      .expect(400);
    expect(invalid.body.message).toContain('minMeetingsPerYear');
    const proposed = await officer.agent
      .post(`/api/conventions/${id}/amendments`)
      .send({
        title: 'Avenant n° 1',
        text: 'Le comité de pilotage se réunit **deux fois par an**.',
        changes: { committee: { minMeetingsPerYear: 2 }, actionPlan: { deadlineMonth: 11, deadlineDay: 30 } },
      })
      .expect(201);
    expect(proposed.body).toMatchObject({
      number: 1,
      status: 'proposed',
      missing: [VLG, 'Tiznit'],
      proposedOn: '2026-12-01',
    });
    const amendment = proposed.body.id as string;
    const half = await officer.agent
      .post(`/api/amendments/${amendment}/approvals`)
      .send({ party: VLG, decision: 'approved', on: '2026-12-01', deliberationRef: 'DCM 2026-118' })
      .expect(201);
    expect(half.body).toMatchObject({ status: 'proposed', missing: ['Tiznit'] });
    // Not in force yet: the clauses are unchanged; only the approval deadline (90 days after the proposal) is new.
    expect(brief(await deadlines(id, '2027-01-01', '2027-12-31'))).toEqual([
      'amendment_approval 2027-03-01 upcoming',
      ...before2027,
    ]);
    const pending = (await deadlines(id, '2027-03-01', '2027-03-01')).find(
      (d) => d.kind === 'amendment_approval',
    );
    expect(pending).toMatchObject({ status: 'upcoming', about: { missing: ['Tiznit'] } });
    const unknown = await officer.agent
      .post(`/api/amendments/${amendment}/approvals`)
      .send({ party: 'Paris', decision: 'approved' })
      .expect(400);
    expect(unknown.body.message).toContain('party');

    await at('2027-01-21T09:00:00Z');
    const agreed = await officer.agent
      .post(`/api/amendments/${amendment}/approvals`)
      .send({ party: 'Tiznit', decision: 'approved', on: '2027-01-20' })
      .expect(201);
    expect(agreed.body).toMatchObject({ status: 'in_force', missing: [], inForceOn: '2027-01-20' });
    // Retried: the same answer changes nothing; another answer is a conflict.
    await officer.agent
      .post(`/api/amendments/${amendment}/approvals`)
      .send({ party: 'Tiznit', decision: 'approved', on: '2027-01-20' })
      .expect(201);
    await officer.agent
      .post(`/api/amendments/${amendment}/approvals`)
      .send({ party: 'Tiznit', decision: 'refused', on: '2027-01-20' })
      .expect(409);

    // Earlier deadlines keep the old clauses; from 20 January 2027 the new ones apply.
    const dates = (list: DeadlineView[]) => list.map((d) => `${d.kind} ${d.dueOn}`);
    expect(dates(await deadlines(id, '2026-01-01', '2026-12-31'))).toEqual(dates(year2026));
    expect(brief(await deadlines(id, '2027-01-01', '2027-12-31'))).toEqual([
      'amendment_approval 2027-03-01 done',
      'committee_meeting 2027-06-30 upcoming',
      'action_plan 2027-11-30 upcoming',
      'committee_meeting 2027-12-31 upcoming',
    ]);
    const clausesThen = await viewer.agent
      .get(`/api/conventions/${id}/clauses`)
      .query({ on: '2027-01-19' })
      .expect(200);
    const clausesNow = await viewer.agent
      .get(`/api/conventions/${id}/clauses`)
      .query({ on: '2027-01-20' })
      .expect(200);
    expect(clausesThen.body.clauses.committee.minMeetingsPerYear).toBe(1);
    expect(clausesNow.body.clauses.committee).toMatchObject({
      minMeetingsPerYear: 2,
      minutesSignatories: SIGNATORIES,
    });
    expect(clausesNow.body.versions.map((v: { from: string | null }) => v.from)).toEqual([
      null,
      '2027-01-20',
    ]);
    // The stored deadlines (calendar) were recomputed in the same transaction.
    const calendar = await officer.agent
      .get('/api/calendar')
      .query({ from: '2027-01-01', to: '2027-12-31' })
      .expect(200);
    expect(
      calendar.body
        .filter((entry: { conventionId: string }) => entry.conventionId === id)
        .map((e: { kind: string; dueOn: string }) => `${e.kind} ${e.dueOn}`),
    ).toEqual([
      'amendment_approval 2027-03-01',
      'committee_meeting 2027-06-30',
      'action_plan 2027-11-30',
      'committee_meeting 2027-12-31',
    ]);

    // Every write was audited.
    const audit = await query('SELECT entity, action FROM audit_log WHERE convention_id = $1', [id]);
    for (const entity of [
      'committee_meeting',
      'committee_decision',
      'minutes',
      'action_plan',
      'amendment',
      'deadline_record',
    ]) {
      expect(audit.map((row) => row.entity)).toContain(entity);
    }
  });

  it('refuses attachments over the limit or of the wrong type, and stores nothing then', async () => {
    await at('2026-03-13T09:00:00Z');
    const { id } = await vlgTiznit();
    const meeting = await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({ heldOn: '2026-03-12', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
      .expect(201);
    const minutes = await officer.agent
      .post(`/api/meetings/${meeting.body.id}/minutes`)
      .send({ text: 'PV' })
      .expect(201);
    const url = `/api/minutes/${minutes.body.id}/attachments`;
    const count = async () =>
      (await query('SELECT count(*)::int AS n FROM governance_files WHERE convention_id = $1', [id]))[0].n;

    const tooLarge = await officer.agent
      .post(url)
      .attach('file', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), {
        filename: 'pv.pdf',
        contentType: 'application/pdf',
      })
      .expect(413);
    expect(tooLarge.body).toMatchObject({ statusCode: 413, field: 'file' });
    const wrongType = await officer.agent
      .post(url)
      .attach('file', Buffer.from('hello'), { filename: 'pv.txt', contentType: 'text/plain' })
      .expect(400);
    expect(wrongType.body.message).toContain('file');
    const disguised = await officer.agent
      .post(url)
      .attach('file', Buffer.from('<html><script>alert(1)</script></html>'), {
        filename: 'pv.pdf',
        contentType: 'application/pdf',
      })
      .expect(400);
    expect(disguised.body.message).toContain('not a PDF');
    await officer.agent.post(url).send({}).expect(400);
    expect(await count()).toBe(0);

    const stored = await officer.agent
      .post(url)
      .attach('file', PDF, { filename: 'pv-signé.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(stored.body).toMatchObject({
      filename: 'pv-signé.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      minutesId: minutes.body.id,
    });
    // The same bytes again: stored once.
    await officer.agent
      .post(url)
      .attach('file', PDF, { filename: 'pv-signé.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(await count()).toBe(1);
    const [row] = await query(
      'SELECT sha256, octet_length(content) AS size FROM governance_files WHERE convention_id = $1',
      [id],
    );
    expect(row).toEqual({ sha256: stored.body.sha256, size: PDF.length });
    const download = await viewer.agent
      .get(`/api/files/${stored.body.id}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    // Documents of the convention: the same checks.
    await officer.agent
      .post(`/api/conventions/${id}/documents`)
      .field('kind', 'prefecture_acknowledgment')
      .attach('file', Buffer.from('GIF89a'), { filename: 'ar.pdf', contentType: 'application/pdf' })
      .expect(400);
    const document = await officer.agent
      .post(`/api/conventions/${id}/documents`)
      .field('kind', 'prefecture_acknowledgment')
      .field('title', 'Accusé de réception')
      .attach('file', PDF, { filename: 'ar.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(document.body).toMatchObject({ kind: 'prefecture_acknowledgment', title: 'Accusé de réception' });
    const documents = await viewer.agent.get(`/api/conventions/${id}/documents`).expect(200);
    expect(documents.body.map((d: { id: string }) => d.id)).toEqual([document.body.id]);
  });

  it('applies renewal and termination decisions through the update path', async () => {
    await at('2026-03-20T09:00:00Z');
    const tacit = await vlgTiznit();
    const notice = await officer.agent
      .post(`/api/conventions/${tacit.id}/renewal-decisions`)
      .send({ kind: 'termination_notice', decidedOn: '2026-03-15', party: 'Tiznit' })
      .expect(201);
    expect(notice.body).toMatchObject({
      lastDayInForceAfter: '2026-06-14',
      convention: { terminatedOn: '2026-06-14', status: 'in_force' },
    });
    const after = await deadlines(tacit.id, '2026-01-01', '2030-12-31');
    expect(after.every((d) => d.dueOn <= '2026-06-14')).toBe(true);
    const convention = await officer.agent.get(`/api/conventions/${tacit.id}`).expect(200);
    expect(convention.body.terminatedOn).toBe('2026-06-14');
    await officer.agent
      .post(`/api/conventions/${tacit.id}/renewal-decisions`)
      .send({ kind: 'termination_notice', decidedOn: '2026-03-15', party: 'Paris' })
      .expect(400);

    const express = await vlgTiznit({
      effectiveOn: '2024-01-03',
      clauses: { ...aConvention().clauses, renewal: { mode: 'express', periodMonths: 24 } },
    });
    expect(
      (await deadlines(express.id, '2026-01-01', '2027-12-31')).find((d) => d.kind === 'renewal_decision'),
    ).toMatchObject({
      dueOn: '2027-01-02',
    });
    const renewed = await officer.agent
      .post(`/api/conventions/${express.id}/renewal-decisions`)
      .send({
        kind: 'express_renewal',
        decidedOn: '2026-03-18',
        deliberations: [{ party: VLG, on: '2026-03-18', ref: 'DCM 2026-30' }],
      })
      .expect(201);
    expect(renewed.body).toMatchObject({
      newTermMonths: 24,
      lastDayInForceBefore: '2027-01-02',
      lastDayInForceAfter: '2029-01-02',
      convention: { clauses: { term: { durationMonths: 60 } } },
    });
    const expiry = (await deadlines(express.id, '2026-01-01', '2030-12-31')).filter(
      (d) => d.kind === 'expiry',
    );
    expect(expiry.map((d) => d.dueOn)).toEqual(['2029-01-02']);
    const history = await officer.agent.get(`/api/conventions/${express.id}/history`).expect(200);
    expect(JSON.stringify(history.body)).toContain('renewal_decision');
  });

  it('presents an evaluation, which satisfies the evaluation deadline of its period', async () => {
    await at('2026-02-11T09:00:00Z');
    const { id } = await vlgTiznit({ clauses: { ...aConvention().clauses, evaluation: { annual: true } } });
    const meeting = await officer.agent
      .post(`/api/conventions/${id}/meetings`)
      .send({ heldOn: '2026-02-10', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
      .expect(201);
    const evaluation = await officer.agent
      .post(`/api/meetings/${meeting.body.id}/evaluations`)
      .send({
        period: { from: '2025-01-03', to: '2026-01-02' },
        indicators: [{ name: 'Jeunes accueillis', target: '40', value: '36' }],
        findings: 'Objectifs atteints à 90 %.',
      })
      .expect(201);
    expect(evaluation.body).toMatchObject({ presentedOn: '2026-02-10', settles: ['2026-01-02'] });
    const list = await deadlines(id, '2026-01-02', '2026-01-02');
    expect(list.find((d) => d.kind === 'evaluation')).toMatchObject({ status: 'done' });
  });

  it('scopes every route: another organization gets 404, a viewer 403 on writes', async () => {
    await at('2026-03-13T09:00:00Z');
    const { id } = await vlgTiznit();
    const meeting = (
      await officer.agent
        .post(`/api/conventions/${id}/meetings`)
        .send({ heldOn: '2026-03-12', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' })
        .expect(201)
    ).body.id as string;
    const minutes = (
      await officer.agent.post(`/api/meetings/${meeting}/minutes`).send({ text: 'PV' }).expect(201)
    ).body.id as string;
    const amendment = (
      await officer.agent
        .post(`/api/conventions/${id}/amendments`)
        .send({ text: 'Avenant', changes: { committee: { minMeetingsPerYear: 2 } } })
        .expect(201)
    ).body.id as string;
    const file = (
      await officer.agent
        .post(`/api/minutes/${minutes}/attachments`)
        .attach('file', PDF, { filename: 'a.pdf', contentType: 'application/pdf' })
        .expect(201)
    ).body.id as string;
    const writes: Array<[string, Record<string, unknown>]> = [
      [
        `/api/conventions/${id}/meetings`,
        { heldOn: '2026-04-01', city: 'Tiznit', country: 'MA', hostParty: 'Tiznit' },
      ],
      [
        `/api/meetings/${meeting}/decisions`,
        { subject: 'Budget', votes: [{ party: 'Tiznit', vote: 'for' }] },
      ],
      [`/api/meetings/${meeting}/minutes`, { text: 'PV corrigé' }],
      [`/api/minutes/${minutes}/signatures`, { signatory: 'Président de Tiznit' }],
      [`/api/amendments/${amendment}/approvals`, { party: 'Tiznit', decision: 'approved' }],
      [
        `/api/conventions/${id}/amendments`,
        { text: 'Avenant 2', changes: { committee: { minMeetingsPerYear: 4 } } },
      ],
      [`/api/meetings/${meeting}/action-plans`, { year: 2027, items: [] }],
    ];
    const reads = [
      `/api/conventions/${id}/meetings`,
      `/api/meetings/${meeting}`,
      `/api/meetings/${meeting}/minutes`,
      `/api/minutes/${minutes}`,
      `/api/amendments/${amendment}`,
      `/api/conventions/${id}/amendments`,
      `/api/conventions/${id}/clauses`,
      `/api/files/${file}`,
    ];
    for (const [url, body] of writes) {
      const foreign = await stranger.agent.post(url).send(body);
      expect([url, foreign.status]).toEqual([url, 404]);
      const readOnly = await viewer.agent.post(url).send(body);
      expect([url, readOnly.status]).toEqual([url, 403]);
    }
    for (const url of reads) {
      const foreign = await stranger.agent.get(url);
      expect([url, foreign.status]).toEqual([url, 404]);
      expect(JSON.stringify(foreign.body)).not.toContain('Tiznit');
      const allowed = await viewer.agent.get(url);
      expect([url, allowed.status]).toEqual([url, 200]);
    }
    await stranger.agent
      .post(`/api/minutes/${minutes}/attachments`)
      .attach('file', PDF, { filename: 'a.pdf', contentType: 'application/pdf' })
      .expect(404);
    await viewer.agent
      .post(`/api/minutes/${minutes}/attachments`)
      .attach('file', PDF, { filename: 'b.pdf', contentType: 'application/pdf' })
      .expect(403);
    await officer.agent.get('/api/meetings/not-a-uuid').expect(404);
    await officer.agent.get('/api/meetings/00000000-0000-0000-0000-000000000000').expect(404);
  });
});
