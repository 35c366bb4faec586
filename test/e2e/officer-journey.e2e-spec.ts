import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import en from '../../apps/web/src/i18n/en.json';
import fr from '../../apps/web/src/i18n/fr.json';
import sharedFr from '../../libs/i18n/src/locales/fr.json';
import ExcelJS from 'exceljs';
import {
  auditBothWidths,
  AxeViolation,
  eventually,
  newContext,
  see,
  sidewaysOverflow,
  signIn,
  signInAtRealTime,
  startWebTest,
  violationReport,
  WebTest,
} from './support/browser';

/** Clock of both the API and the browser: two weeks and a half before the Antony – Taroudant term. */
const NOW = '2026-01-15T09:00:00Z';
const ANTONY = JSON.parse(
  readFileSync(join(__dirname, '../../seeds/conventions/antony-taroudant.json'), 'utf8'),
);
const QUOTE_TERM = ANTONY.clauses.term.source.quote as string;
const QUOTE_EVALUATION = ANTONY.clauses.evaluation.source.quote as string;
const QUOTE_AMENDMENT = ANTONY.clauses.amendment.source.quote as string;

const exact = (text: string) => ({ name: text, exact: true });
/** The convention page's in-page menu: a section is one click away, no reload. */
const openSection = async (page: Page, name: string) => {
  await page
    .getByRole('navigation', { name: fr['convention.sections'] })
    .getByRole('link', exact(name))
    .click();
};
/** The smallest file the API takes as a PDF (content type and `%PDF-` magic bytes). */
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

describe('an officer’s journey in the web app (Chromium, real API and PostgreSQL)', () => {
  let web: WebTest;
  let context: BrowserContext;
  let page: Page;
  let officer: { email: string; organizationId: string };
  let conventionId: string;
  const violations: Record<string, AxeViolation[]> = {};
  // The API's CSP allows scripts from 'self' only: the app must never trip it.
  const cspViolations: string[] = [];

  // Let the page settle (fonts, data), then check and photograph it at 1366 and 768 px.
  const audit = (name: string) => auditBothWidths(page, name, violations);

  beforeAll(async () => {
    web = await startWebTest({ now: NOW });
    const user = await web.t.newUser('officer', {
      name: 'Ville d’Antony',
      country: 'FR',
      timezone: 'Europe/Paris',
    });
    officer = { email: user.email, organizationId: user.organizationId };
    context = await newContext(web, { now: NOW });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signInAtRealTime(web, page, NOW);
    page.on('pageerror', (error) => {
      throw error;
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await web?.close();
  });

  it('shows the sign-in page in French, accessible', async () => {
    await page.goto('/');
    await page.getByRole('heading', exact(fr['signin.title'])).waitFor();
    await see.attribute(page.locator('html'), 'lang', 'fr');
    await audit('01-sign-in');
  });

  it('refuses a wrong password, then signs in to the dashboard', async () => {
    await page.getByLabel(fr['signin.email']).fill(officer.email);
    await page.getByLabel(fr['signin.password']).fill('not the password');
    await page.getByRole('button', exact(fr['signin.submit'])).click();
    await page.getByText(fr['signin.error.credentials']).waitFor();
    await signIn(page, officer.email, `password of ${officer.email}`);
    for (const title of [
      fr['dashboard.overdue'],
      fr['dashboard.this_week'],
      fr['dashboard.next_90_days'],
      fr['dashboard.ending'],
      fr['dashboard.compliance'],
    ])
      await page.getByRole('heading', { name: title }).waitFor();
    await audit('02-dashboard-empty');
  });

  it('creates the Antony – Taroudant convention from its clauses, previewing its deadlines', async () => {
    await page.getByRole('link', exact(fr['nav.conventions'])).click();
    await page.getByRole('link', exact(fr['conventions.new'])).click();
    await page.getByRole('heading', exact(fr['editor.title.new'])).waitFor();

    await page
      .getByLabel(sharedFr['convention.status.draft'] && fr['convention.reference'])
      .fill(ANTONY.reference);
    await page.getByLabel(fr['convention.title'], { exact: true }).fill(ANTONY.title);
    await page.getByLabel(fr['convention.instrument']).selectOption('convention_partenariat');
    await page.getByLabel(fr['convention.object']).fill(ANTONY.object);

    const parties = page
      .locator('fieldset.group')
      .filter({ has: page.getByLabel(fr['party.name'], { exact: true }) });
    await parties.nth(0).getByLabel(fr['party.name'], { exact: true }).fill('Antony');
    await parties
      .nth(0)
      .getByLabel(fr['editor.party.representative'], { exact: true })
      .fill('Jean-Yves SENANT');
    await see.checked(parties.nth(0).getByLabel(fr['editor.party.mine']));
    await parties.nth(1).getByLabel(fr['party.name'], { exact: true }).fill('Taroudant');
    await parties
      .nth(1)
      .getByLabel(fr['editor.party.representative'], { exact: true })
      .fill('Abdellatif OUAHBI');

    const clause = (name: string) => page.locator(`fieldset[data-clause="${name}"]`);
    const include = (name: string) =>
      clause(name).getByLabel(
        fr['editor.clause.include'].replace('{clause}', fr[`clause.${name}` as keyof typeof fr]),
      );

    await include('term').check();
    await clause('term').getByLabel(fr['clause.term.startDate']).fill('2024-02-02');
    // « 2 ans », as the text says it (item 10: durations were in months only).
    await clause('term').getByLabel(fr['editor.term.duration'], { exact: true }).fill('2');
    await clause('term')
      .getByLabel(fr['editor.duration.unit'].replace('{field}', fr['editor.term.duration']))
      .selectOption('years');
    await clause('term').getByLabel(fr['editor.source.article']).fill('7');
    await clause('term').getByLabel(fr['editor.source.quote']).fill(QUOTE_TERM);

    await include('renewal').check();
    await clause('renewal').getByLabel(fr['clause.renewal.mode']).selectOption('after_evaluation');
    await clause('renewal').getByLabel(fr['editor.source.article']).fill('7');
    await clause('renewal').getByLabel(fr['editor.source.quote']).fill(QUOTE_EVALUATION);

    await include('evaluation').check();
    await see.checked(clause('evaluation').getByLabel(fr['clause.evaluation.atTerm']));
    await clause('evaluation').getByLabel(fr['editor.source.article']).fill('7');
    await clause('evaluation').getByLabel(fr['editor.source.quote']).fill(QUOTE_EVALUATION);

    await include('amendment').check();
    await clause('amendment').getByLabel(fr['clause.amendment.rule']).selectOption('unanimity');
    await clause('amendment').getByLabel(fr['editor.source.article']).fill('7');
    await clause('amendment').getByLabel(fr['editor.source.quote']).fill(QUOTE_AMENDMENT);

    // The preview: evaluation, expiry and renewal decision on the last day in force, 1 February 2026.
    const preview = page.getByTestId('deadline-preview');
    await preview.getByText('En vigueur du 2 février 2024 au 1er février 2026.').waitFor();
    const rows = preview.locator('tbody tr');
    await see.count(rows, 3);
    for (const kind of ['evaluation', 'expiry', 'renewal_decision'])
      await see.text(
        preview.locator('tbody tr', { hasText: sharedFr[`deadline.kind.${kind}` as keyof typeof sharedFr] }),
        '1er février 2026',
      );
    await audit('03-convention-editor');

    await page.getByRole('button', exact(fr['editor.create'])).click();
    await page.getByRole('heading', { level: 1, name: ANTONY.title }).waitFor();
    // Item 5: creating a convention says so.
    await page.getByText(fr['editor.saved.created']).waitFor();
    // Item 6: the start and end are in « En bref » (the list showed « — »).
    await see.text(page.getByTestId('key-dates'), '2 février 2024');
    await see.text(page.getByTestId('key-dates'), '1er février 2026');
    conventionId = new URL(page.url()).pathname.split('/').pop() as string;
    expect(conventionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the convention: parties, clauses with article and quote, deadlines, checklist, history', async () => {
    await page.getByRole('cell', { name: 'Taroudant' }).first().waitFor();
    await page.getByText(`« ${QUOTE_AMENDMENT} »`).waitFor();
    await see.text(page.getByTestId('compliance'), sharedFr['compliance.rule.prefecture_transmission']);
    await audit('04-convention');
    await openSection(page, fr['convention.deadlines']);
    const deadlines = page.getByRole('region', { name: fr['convention.deadlines'], exact: true });
    await see.count(deadlines.locator('tbody tr'), 3);
    await see.text(deadlines.locator('tbody tr').first(), '1er février 2026');
    await audit('04b-convention-deadlines');
    await openSection(page, fr['convention.history']);
    const history = page.getByRole('region', { name: fr['convention.history'], exact: true });
    // Item 7: words and names, not `create` and an e-mail address.
    await see.text(history.locator('tbody tr').first(), fr['history.action.create']);
    await see.text(history.locator('tbody tr').first(), 'Agent');
    expect(await history.innerText()).not.toContain('@');
    await audit('04c-convention-history');
  });

  it('shows its deadlines on the renewal calendar, filters them, and marks one done from its detail', async () => {
    await page.getByRole('link', exact(fr['nav.calendar'])).click();
    await page.getByRole('heading', { level: 1, name: fr['calendar.title'] }).waitFor();
    // January 2026's grid runs to Sunday 8 February: the three deadlines of 1 February are on it.
    const events = page.locator('.fc-event', { hasText: 'ANTONY-TAROUDANT-2024' });
    await see.count(events, 3);
    await audit('05-calendar-month');

    await page.getByLabel(fr['calendar.filter.kind']).selectOption('expiry');
    await see.count(events, 1);
    await page.getByLabel(fr['calendar.filter.country']).selectOption('MA');
    await see.count(events, 1);
    await page.getByLabel(fr['calendar.filter.kind']).selectOption('');

    await page.getByRole('button', exact(fr['calendar.view.year'])).click();
    // Item 8: twelve months, not a 53-week grid.
    await page.locator('.fc-multiMonthYear-view').waitFor();
    await see.count(page.locator('.fc-multimonth-month'), 12);
    await audit('06-calendar-year');
    await page.getByRole('button', exact(fr['calendar.view.list'])).click();
    await page.locator('.fc-list').waitFor();
    await audit('07-calendar-list');
    await page
      .getByRole('button', { name: /mois|month/i })
      .first()
      .click();

    await page.locator('.fc-event', { hasText: sharedFr['deadline.kind.evaluation'] }).click();
    const detail = page.getByTestId('deadline-detail');
    await see.text(detail, '1er février 2026');
    await see.text(detail, QUOTE_EVALUATION);
    await detail.getByRole('button', { name: new RegExp(`^${fr['deadline.action.mark_done']}`) }).click();
    await detail.waitFor({ state: 'detached' });

    const recorded = await web.t.api.get(`/api/conventions/${conventionId}/deadlines`).expect(200);
    expect(recorded.body.find((d: { kind: string }) => d.kind === 'evaluation')).toMatchObject({
      dueOn: '2026-02-01',
      status: 'done',
    });
  });

  it('offers the feed URL to subscribe in Outlook or Google, and keeps it working', async () => {
    await page.getByRole('button', exact(fr['calendar.subscribe'])).click();
    await page.getByRole('button', exact(fr['feed.create'])).click();
    await page.getByRole('button', exact(fr['feed.confirm.yes'])).click();
    const address = page.getByTestId('feed-url');
    await eventually(async () => expect(await address.inputValue()).toContain('/api/calendar.ics?token='));
    const url = new URL(await address.inputValue());
    await see.attribute(
      page.getByRole('link', exact(fr['feed.open_webcal'])),
      'href',
      url.href.replace(/^http:/, 'webcal:'),
    );
    // Item 4: closing and opening the panel again shows the same address: no new token, the old one works.
    await page.getByRole('button', exact(fr['calendar.subscribe'])).click();
    await page.getByRole('button', exact(fr['calendar.subscribe'])).click();
    expect(await page.getByTestId('feed-url').inputValue()).toBe(url.href);
    const feed = await web.t.api.get(`${url.pathname}${url.search}`).expect(200);
    expect(feed.text).toContain(`UID:${conventionId}.expiry.term-0@passerelle`);
  });

  it('marks a deadline done and waives another from the convention page', async () => {
    await page.getByRole('link', exact(fr['nav.conventions'])).click();
    await page.getByRole('link', exact(ANTONY.title)).click();
    await openSection(page, fr['convention.deadlines']);
    const deadlines = page.getByRole('region', { name: fr['convention.deadlines'], exact: true });
    const decision = deadlines.locator('tbody tr', { hasText: sharedFr['deadline.kind.renewal_decision'] });
    await decision
      .getByRole('button', { name: new RegExp(`^${fr['deadline.action.details_for'].split(' :')[0]}`) })
      .click();
    await decision.getByRole('button', { name: new RegExp(`^${fr['deadline.action.waive']}`) }).click();
    await decision.getByLabel(fr['deadline.waive.reason']).fill('Nouvelle convention en préparation');
    await decision.getByRole('button', exact(fr['deadline.waive.confirm'])).click();
    await see.text(decision, sharedFr['deadline.status.waived']);
    // Item 5: it says so, with an undo.
    await see.text(page.getByTestId('toast').last(), fr['deadline.waived'].split(' :')[0]);
    await see.text(
      deadlines.locator('tbody tr', { hasText: sharedFr['deadline.kind.evaluation'] }),
      sharedFr['deadline.status.done'],
    );
  });

  it('uploads the signed text among the convention’s documents', async () => {
    await openSection(page, fr['documents.title']);
    const documents = page.getByRole('form', { name: fr['documents.add'] });
    await documents.getByLabel(fr['documents.kind']).selectOption('signed_text');
    await documents.getByLabel(fr['documents.document_title'], { exact: true }).fill('Convention signée');
    await documents
      .getByLabel(fr['documents.file'])
      .setInputFiles({ name: 'convention.pdf', mimeType: 'application/pdf', buffer: PDF });
    await documents.getByRole('button', exact(fr['documents.upload'])).click();
    const region = page.getByRole('region', { name: fr['documents.title'], exact: true });
    await region.getByRole('link', exact('Convention signée')).waitFor();
    await see.text(region, fr['documents.kind.signed_text']);
    const stored = await web.t.api.get(`/api/conventions/${conventionId}/documents`).expect(200);
    expect(stored.body).toMatchObject([
      { kind: 'signed_text', title: 'Convention signée', filename: 'convention.pdf' },
    ]);
  });

  it('adds the committee clause, logs a meeting with a unanimous decision, and both signatures make the minutes executory', async () => {
    await page.getByRole('link', exact(fr['convention.edit'])).click();
    await page.getByRole('heading', exact(fr['editor.title.edit'])).waitFor();
    const committee = page.locator('fieldset[data-clause="committee"]');
    await committee
      .getByLabel(fr['editor.clause.include'].replace('{clause}', fr['clause.committee']))
      .check();
    await committee.getByLabel(fr['clause.committee.name']).fill('Comité de suivi');
    await committee.getByLabel(fr['clause.committee.decisionRule']).selectOption('unanimity');
    await committee
      .getByLabel(fr['clause.committee.signatories'])
      .fill("Maire d'Antony\nPrésident du Conseil Communal de Taroudant");
    await page.getByRole('button', exact(fr['editor.save'])).click();
    await page.getByRole('heading', { level: 1, name: ANTONY.title }).waitFor();
    await page.getByText(fr['editor.saved.updated']).waitFor();
    // Item 10: « tous signés » before any meeting was held is gone.
    await see.text(page.getByTestId('compliance'), sharedFr['compliance.minutes_signed.no_meeting_yet']);

    await openSection(page, fr['meetings.title']);
    await page.getByRole('button', exact(fr['meetings.log'])).click();
    const form = page.getByRole('form', { name: fr['meetings.log'] });
    await form.getByLabel(fr['meeting.heldOn']).fill('2026-01-12');
    await form.getByLabel(fr['meeting.city']).fill('Antony');
    await form.getByLabel(fr['meeting.host']).selectOption('Antony');
    await form.getByLabel(fr['meeting.convenedBy']).fill("Maire d'Antony");
    await form.getByRole('button', exact(fr['meeting.agenda.add'])).click();
    await form
      .getByLabel(fr['meeting.agenda.item'].replace('{n}', '1'), { exact: true })
      .fill('Bilan et reconduction de la convention');
    await form.getByLabel(fr['meeting.agenda.description'].replace('{n}', '1')).fill('Rapport d’évaluation');
    await form
      .getByLabel(fr['meeting.attendee.name'].replace('{party}', 'Antony'), { exact: true })
      .fill('Jean-Yves Senant');
    await form
      .getByLabel(fr['meeting.attendee.name'].replace('{party}', 'Taroudant'), { exact: true })
      .fill('Abdellatif Ouahbi');
    await form.getByRole('button', exact(fr['meeting.attendee.add'])).click();
    await form.getByLabel(fr['meeting.attendee.party_n'].replace('{n}', '3')).selectOption('Taroudant');
    await form.getByLabel(fr['meeting.attendee.name_n'].replace('{n}', '3')).fill('Fatima Zahra');
    await form.getByRole('button', exact(fr['meetings.save'])).click();
    await page.getByRole('heading', { level: 1, name: 'Réunion du 12 janvier 2026 à Antony' }).waitFor();
    await page.getByRole('cell', exact('Abdellatif Ouahbi')).waitFor();
    await page.getByRole('cell', exact('Fatima Zahra')).waitFor();
    await see.text(page.getByTestId('agenda'), 'Bilan et reconduction de la convention');
    await see.text(page.getByRole('region', { name: fr['meeting.summary'], exact: true }), "Maire d'Antony");

    const decision = page.getByRole('form', { name: fr['decision.new'] });
    await decision.getByLabel(fr['decision.subject']).fill('Reconduction de la convention après évaluation');
    await decision.getByLabel(fr['decision.agendaItem'], { exact: true }).selectOption('0');
    await decision.getByRole('button', exact(fr['decision.save'])).click();
    await decision.getByText(fr['decision.result.adopted']).waitFor();
    await see.text(
      page.getByRole('region', { name: fr['decisions.title'], exact: true }),
      fr['decision.adopted'],
    );
    await see.text(
      page.getByRole('region', { name: fr['decisions.title'], exact: true }),
      sharedFr['convention.status.draft'] ? fr['rule.unanimity'] : '',
    );

    const minutesForm = page.getByRole('form', { name: fr['minutes.write'] });
    await minutesForm
      .getByLabel(fr['minutes.text'])
      .fill('# Procès-verbal\n\nLe comité décide la reconduction à l’unanimité.');
    await minutesForm.getByRole('button', exact(fr['minutes.save'])).click();
    const minutes = page.getByTestId('minutes');
    await see.text(minutes, fr['minutes.status.awaiting_signatures']);
    await minutes.getByLabel(fr['minutes.signatory']).selectOption("Maire d'Antony");
    await minutes.getByRole('button', exact(fr['minutes.sign'])).click();
    await see.text(minutes, "Maire d'Antony — signé le 15 janvier 2026");
    // Item 2: the select now shows the second signatory; signing again, without touching it and
    // without a reload, signs for them (it sent the first one again).
    await see.count(minutes.getByLabel(fr['minutes.signatory']).locator('option'), 1);
    await minutes.getByRole('button', exact(fr['minutes.sign'])).click();
    await see.text(minutes, 'Président du Conseil Communal de Taroudant — signé le 15 janvier 2026');
    await see.text(minutes, fr['minutes.status.executory']);
    await minutes
      .getByLabel(fr['attachments.add_to'].replace('{name}', 'Version 1'))
      .setInputFiles({ name: 'PV signé.pdf', mimeType: 'application/pdf', buffer: PDF });
    await minutes.getByRole('button', exact(fr['attachments.upload'])).click();
    await minutes.getByRole('link', exact('PV signé.pdf')).waitFor();

    const plan = page.getByRole('form', { name: fr['action_plan.validate'] });
    await plan.getByLabel(fr['action_plan.year'], { exact: true }).fill('2026');
    await plan.getByLabel(fr['action_plan.axis'].replace('{n}', '1')).fill('Jeunesse');
    await plan.getByLabel(fr['action_plan.action'].replace('{n}', '1')).fill('Échanges de jeunes');
    await plan.getByLabel(fr['action_plan.leadParty'].replace('{n}', '1')).selectOption('Taroudant');
    await plan.getByLabel(fr['action_plan.budget'].replace('{n}', '1')).fill('20000');
    expect(await plan.getByLabel(fr['action_plan.currency'].replace('{n}', '1')).inputValue()).toBe('MAD');
    await plan.getByRole('button', exact(fr['action_plan.cofinancing.add'].replace('{n}', '1'))).click();
    const line = (key: string) => fr[key as keyof typeof fr].replace('{m}', '1').replace('{n}', '1');
    await plan.getByLabel(line('action_plan.cofinancing.source'), { exact: true }).fill('DAECT');
    await plan.getByLabel(line('action_plan.cofinancing.amount')).fill('5000');
    await plan.getByLabel(line('action_plan.cofinancing.currency')).fill('EUR');
    await plan.getByRole('button', exact(fr['action_plan.save'])).click();
    await see.text(page.getByTestId('action-plan'), 'Échanges de jeunes');
    await see.text(page.getByTestId('action-plan'), 'MAD');
    await page.getByRole('button', exact(fr['action_plan.edit_of'].replace('{year}', '2026'))).click();
    const edit = page.getByRole('form', { name: fr['action_plan.edit_of'].replace('{year}', '2026') });
    await edit.getByLabel(fr['action_plan.status'].replace('{n}', '1')).selectOption('in_progress');
    await edit.getByRole('button', exact(fr['action_plan.update'])).click();
    await page.getByText(fr['action_plan.updated'].replace('{year}', '2026')).waitFor();
    await see.text(page.getByTestId('action-plan'), fr['action_plan.status.in_progress']);
    await see.text(page.getByTestId('action-plan'), 'DAECT');

    const evaluation = page.getByRole('form', { name: fr['evaluation.present'] });
    await evaluation.getByLabel(fr['evaluation.period.from']).fill('2024-02-02');
    await evaluation.getByLabel(fr['evaluation.period.to']).fill('2026-02-01');
    await evaluation.getByRole('button', exact(fr['evaluation.indicator.add'])).click();
    await evaluation
      .getByLabel(fr['evaluation.indicator.name'].replace('{n}', '1'), { exact: true })
      .fill('Jeunes accueillis');
    await evaluation.getByLabel(fr['evaluation.indicator.value'].replace('{n}', '1')).fill('36');
    await evaluation.getByLabel(fr['evaluation.findings']).fill('Objectifs atteints.');
    await evaluation.getByRole('button', exact(fr['evaluation.save'])).click();
    await see.text(page.getByTestId('evaluation'), 'Jeunes accueillis');
    await see.text(page.getByTestId('evaluation'), 'Objectifs atteints.');
    const meetingId = page.url().split('/meetings/')[1];
    const stored = (await web.t.api.get(`/api/meetings/${meetingId}`).expect(200)).body;
    expect(stored).toMatchObject({
      convenedBy: "Maire d'Antony",
      agenda: [{ title: 'Bilan et reconduction de la convention', description: 'Rapport d’évaluation' }],
    });
    expect(stored.attendees).toHaveLength(3);
    expect(stored.decisions[0].agendaItem).toBe(0);
    await audit('08-meeting');
  });

  it('proposes an amendment that enters into force only once both parties approve (unanimity)', async () => {
    await page.getByRole('link', { name: ANTONY.title }).first().click();
    await openSection(page, fr['amendments.title']);
    await page.getByRole('button', exact(fr['amendment.propose'])).click();
    const form = page.getByRole('form', { name: fr['amendment.propose'] });
    await form.getByLabel(fr['amendment.title'], { exact: true }).fill('Avenant n° 1 : prolongation d’un an');
    await form.getByLabel(fr['amendment.text']).fill('La durée de la convention est portée à trois ans.');
    // The clause editor of the convention page, starting from the term in force (24 months).
    const term = form.locator('fieldset[data-clause="term"]');
    await term
      .getByLabel(fr['amendment.clause.action'].replace('{clause}', fr['clause.term']))
      .selectOption('amend');
    expect(await term.getByLabel(fr['editor.term.duration'], { exact: true }).inputValue()).toBe('2');
    await term.getByLabel(fr['editor.term.duration'], { exact: true }).fill('3');
    await form.getByRole('button', exact(fr['amendment.propose.save'])).click();
    const amendments = page.getByRole('region', { name: fr['amendments.title'], exact: true });
    await see.text(amendments, fr['amendment.status.proposed']);
    await amendments
      .getByRole('button', exact(fr['amendment.approve_for'].replace('{party}', 'Antony')))
      .click();
    await see.count(
      amendments.getByRole('button', exact(fr['amendment.approve_for'].replace('{party}', 'Antony'))),
      0,
    );
    await see.text(amendments, fr['amendment.status.proposed']);
    await amendments
      .getByRole('button', exact(fr['amendment.approve_for'].replace('{party}', 'Taroudant')))
      .click();
    await see.text(amendments, fr['amendment.status.in_force']);
    await see.text(amendments, '15 janvier 2026');
    const stored = (await web.t.api.get(`/api/conventions/${conventionId}/amendments`).expect(200)).body;
    expect(stored[0].changes).toEqual({ term: { durationMonths: 36 } });
  });

  it('sets digest reminders and language in the settings, and lists reminders', async () => {
    await page.getByRole('link', exact(fr['nav.settings'])).click();
    await page.getByRole('heading', { level: 1, name: fr['settings.title'] }).waitFor();
    await page.getByLabel(fr['settings.reminderMode.digest']).check();
    await page.getByText(fr['settings.saved']).waitFor();
    expect(
      (await web.t.api.get('/api/admin/users').expect(200)).body.find(
        (u: { email: string }) => u.email === officer.email,
      ),
    ).toMatchObject({
      reminderMode: 'digest',
    });
    await page
      .getByRole('checkbox', {
        name: fr['settings.following.checkbox'].replace('{name}', 'ANTONY-TAROUDANT-2024'),
      })
      .waitFor();
    await audit('09-settings');

    await page.getByRole('link', exact(fr['nav.reminders'])).click();
    await page.getByRole('heading', { level: 1, name: fr['reminders.title'] }).waitFor();
    // Issue 19: each reminder says why it exists, in the words of its mail.
    await page.getByRole('columnheader', exact(fr['reminders.reason'])).waitFor();
    await page.locator('tbody tr').first().waitFor();
    const reasons = Object.entries(fr)
      .filter(([key]) => key.startsWith('reminders.reason.'))
      .map(([, words]) => words);
    const said = await page.locator('tbody tr td:nth-child(7)').allTextContents();
    expect(said.length).toBeGreaterThan(0);
    for (const words of said) expect(reasons.some((reason) => words.startsWith(reason))).toBe(true);
    await audit('10-reminders');

    await page.getByRole('link', exact(fr['nav.conventions'])).click();
    await page.getByRole('link', exact(ANTONY.title)).waitFor();
    // Item 6: an in-force convention's start in the list (was « — »), its end and next deadline.
    const row = page.locator('tbody tr', { hasText: 'ANTONY-TAROUDANT-2024' });
    await see.text(row, '2 février 2024');
    await see.text(row, '1er février 2027');
    // Item 10: the search finds words without their hyphens.
    const filters = page.getByRole('search', { name: fr['conventions.filters'] });
    await filters.getByLabel(fr['conventions.search'], { exact: true }).fill('antony taroudant');
    await filters.getByRole('button', exact(fr['conventions.search.submit'])).click();
    await see.count(page.locator('tbody tr'), 1);
    await audit('11-conventions');

    // Item 1: the exports download a real CSV and a real workbook (not an error saved as JSON).
    const csvDownload = page.waitForEvent('download');
    await page
      .getByRole('link', exact(fr['export.csv_for'].replace('{name}', fr['conventions.title'])))
      .click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    const [header, first] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header.split(';')[0]).toBe('Référence');
    expect(first.split(';')[0]).toBe('ANTONY-TAROUDANT-2024');
    const xlsxDownload = page.waitForEvent('download');
    await page
      .getByRole('link', exact(fr['export.xlsx_for'].replace('{name}', fr['conventions.title'])))
      .click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await xlsxDownload).path());
    expect(workbook.worksheets[0].getRow(2).getCell(1).value).toBe('ANTONY-TAROUDANT-2024');
  });

  it('switches to English: labels, deadline kinds and dates as English officers write them', async () => {
    await page.getByRole('link', exact(fr['nav.dashboard'])).click();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: en['dashboard.title'] }).waitFor();
    await see.attribute(page.locator('html'), 'lang', 'en');
    // The committee clause added above asks for a 2025 meeting that was never held.
    const overdue = page.getByRole('region', { name: new RegExp(`^${en['dashboard.overdue']}`) });
    await see.text(overdue, '31 December 2025');
    await see.text(overdue, 'Steering committee meeting');
    await see.text(overdue, en['deadline.action.mark_done']);
    await audit('12-dashboard-en');
    // The account keeps the choice.
    const me = await web.t.as(officer.email, `password of ${officer.email}`);
    expect((await me.get('/api/me').expect(200)).body.language).toBe('en');
    await page.getByRole('link', exact(en['nav.conventions'])).click();
    await page.getByRole('link', exact(ANTONY.title)).click();
    await page
      .getByRole('navigation', { name: en['convention.sections'] })
      .getByRole('link', exact(en['convention.deadlines']))
      .click();
    await page.getByRole('heading', { level: 2, name: en['convention.deadlines'] }).waitFor();
    await audit('14-convention-en');
    await see.text(page.getByRole('region', { name: en['convention.deadlines'], exact: true }), 'Evaluation');
  });

  it('works on a tablet (768 × 1024): the navigation and the calendar stay usable', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/calendar');
    await page.locator('.fc-event').first().waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await audit('13-calendar-tablet');
  });

  it('walks the English pages at 768 px, moving through the app without a reload', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    for (const [link, name] of [
      [en['nav.dashboard'], '15-dashboard-en'],
      [en['nav.conventions'], '16-conventions-en'],
      [en['nav.reminders'], '17-reminders-en'],
      [en['nav.settings'], '18-settings-en'],
    ]) {
      await page.getByRole('link', exact(link)).click();
      await audit(name);
    }
    await page.getByRole('link', exact(en['nav.conventions'])).click();
    await page.getByRole('link', exact(ANTONY.title)).click();
    await audit('19-convention-en');
    await page.getByRole('searchbox', { name: en['search.label'] }).fill('antony');
    await page.getByRole('button', exact(en['search.submit'])).click();
    await page
      .getByRole('heading', { level: 1, name: en['search.title'].replace('{q}', 'antony') })
      .waitFor();
    await page.getByRole('link', { name: ANTONY.title }).waitFor();
    await audit('20-search-en');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('has no serious or critical accessibility violation on any page (axe-core)', () => {
    expect(violationReport(violations)).toEqual([]);
    // Every page at both widths.
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(2 * 18);
    expect(cspViolations).toEqual([]);
  });
});
