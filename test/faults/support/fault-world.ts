import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { DEFAULT_REMINDER_POLICY, DeadlineKind, IsoDate, stepToSend } from '@passerelle/domain';
import { databaseUrlFor } from '@passerelle/persistence';
import { AppProcess, FAULT_ADMIN, until } from './app-process';
import { FaultSmtp } from './fault-smtp';

/**
 * The fault suite's world: conventions (3 years from 1 January 2024, tacit renewal, 3 months'
 * notice), each linked to an organization of its own (a French commune) with 3 officers, created on
 * 1 March 2026. On that day the organization's 2025 APD declaration (31 May 2025) is overdue: one
 * reminder per officer is scheduled by the convention's own write. On 31 August 2026 at 08:30
 * Paris the renewal notice's J-30, the expiry's J-180 (a catch-up) and the 2026 declaration's
 * overdue step are due. One mail per person and sending moment (issue 19): each officer gets two
 * mails (the 1 March row alone, the three rows of 31 August together), so 50 conventions make 150
 * people, 600 reminders and 300 mails, each reminder owed exactly once.
 */
export const CREATED_AT = Date.parse('2026-03-01T09:00:00Z');
export const DUE_AT = Date.parse('2026-08-31T06:30:00Z');
export const DAY = 86_400_000;
/** Officers per organization (one organization per convention). */
export const OFFICERS = 3;
export const OFFICER_PASSWORD = 'fault suite officer password';
export const offsetFor = (instant: number) => instant - Date.now();
/** The day an instant falls on in the world's zone (Europe/Paris). */
export const parisDay = (instant: number): IsoDate =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(instant));
/** An officer of the world: the `officer`-th of the `organization`-th organization. */
export const officerEmail = (organization: number, officer: number) =>
  `officer${organization}-${officer}@faults.test`;

/** The world as seeded: one organization per convention, in the conventions' order. */
export interface World {
  organizationIds: string[];
}

export async function query<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function api(
  app: AppProcess,
  token: string | null,
  method: string,
  route: string,
  body?: unknown,
) {
  const response = await fetch(`${app.url}${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

export async function login(app: AppProcess, email: string, password: string): Promise<string> {
  return (await api(app, null, 'POST', '/api/auth/login', { email, password })).accessToken;
}

export function conventionDocument(index: number, organizationId: string, start = '2024-01-01') {
  return {
    reference: `FAULT-${index}-${Math.random().toString(36).slice(2, 7)}`,
    title: `Convention de coopération ${index}`,
    instrument: 'convention_cadre',
    language: 'fr',
    object: 'Coopération décentralisée',
    effectiveOn: start,
    parties: [
      { name: `Ville ${index}`, country: 'FR', level: 'commune', organizationId },
      { name: `Province ${index}`, country: 'MA', level: 'province' },
    ],
    clauses: {
      term: { start: 'effective_date', durationMonths: 36 },
      renewal: { mode: 'tacit', periodMonths: 36, noticeMonths: 3 },
    },
  };
}

/**
 * Writes the world into a migrated database through the API of the built application, its clock
 * on 1 March 2026 and no scheduler. The only rows that day owes are the overdue 2025 APD
 * declaration's, one per officer (checked against the policy here); they stay pending until a
 * case starts the scheduler.
 */
export async function seedWorld(url: string, smtpUrl: string, conventions: number): Promise<World> {
  const app = await AppProcess.start({
    databaseUrl: url,
    smtpUrl,
    clockOffsetMs: offsetFor(CREATED_AT),
    scheduler: false,
  });
  try {
    const admin = await login(app, FAULT_ADMIN.email, FAULT_ADMIN.password);
    const organizationIds: string[] = [];
    for (let index = 0; index < conventions; index += 1) {
      const organization = await api(app, admin, 'POST', '/api/admin/organizations', {
        name: `Ville ${index}`,
        country: 'FR',
        timezone: 'Europe/Paris',
      });
      organizationIds.push(organization.id as string);
    }
    // One officer through the API; the others are copies of its row (every column, its password
    // hash too), each with its own id, e-mail, name and organization: an argon2 hash per officer
    // took 0.6 s each at load 13, most of the subset's set-up. Nothing follows anything yet, so
    // creating them through the API would have scheduled nothing either.
    await api(app, admin, 'POST', '/api/admin/users', {
      email: officerEmail(0, 0),
      name: 'Agent 0-0',
      password: OFFICER_PASSWORD,
      organizationId: organizationIds[0],
      role: 'officer',
      language: 'fr',
    });
    const copies = organizationIds
      .flatMap((organizationId, index) =>
        Array.from({ length: OFFICERS }, (_, officer) => ({ organizationId, index, officer })),
      )
      .slice(1);
    await query(
      url,
      `INSERT INTO users
       SELECT (jsonb_populate_record(NULL::users, to_jsonb(u) || jsonb_build_object(
                 'id', gen_random_uuid(), 'email', c.email, 'name', c.name, 'organization_id', c.organization_id))).*
         FROM users u, unnest($2::text[], $3::text[], $4::uuid[]) AS c(email, name, organization_id)
        WHERE lower(u.email) = lower($1)`,
      [
        officerEmail(0, 0),
        copies.map((c) => officerEmail(c.index, c.officer)),
        copies.map((c) => `Agent ${c.index}-${c.officer}`),
        copies.map((c) => c.organizationId),
      ],
    );
    // Linked by the admin: no officer's pending link request, no lead officer.
    for (let index = 0; index < conventions; index += 1)
      await api(app, admin, 'POST', '/api/conventions', conventionDocument(index, organizationIds[index]));
    const [{ n: officers }] = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM users WHERE role = 'officer' AND active`,
    );
    if (officers !== conventions * OFFICERS) throw new Error(`seeded ${officers} officers`);
    const { owed, scheduled } = await owedAndScheduled(url, [parisDay(CREATED_AT)]);
    const unexpected = [...scheduled.keys()].filter((k) => !owed.has(k));
    if (unexpected.length || scheduled.size !== owed.size || owed.size !== conventions * OFFICERS)
      throw new Error(
        `seeding on 1 March scheduled ${scheduled.size} reminders (${unexpected.length} not owed); ` +
          `the policy owes ${owed.size}, one per officer`,
      );
    return { organizationIds };
  } finally {
    await app.kill('SIGTERM');
  }
}

/** A copy of `template` on the same server (CREATE DATABASE … TEMPLATE), optionally trimmed to its first `keep` conventions. */
export async function cloneDatabase(server: string, template: string, name: string, keep?: number) {
  await query(server, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = databaseUrlFor(server, name);
  if (keep !== undefined)
    await query(
      url,
      `DELETE FROM conventions WHERE id NOT IN (SELECT id FROM conventions ORDER BY created_at, id LIMIT $1)`,
      [keep],
    );
  return url;
}

const key = (row: { convention_id: string; kind: string; due_on: string; step: string; recipient: string }) =>
  `${row.convention_id}|${row.kind}|${row.due_on}|${row.step}|${row.recipient}`;

interface ReminderRow {
  id: string;
  status: string;
  convention_id: string;
  kind: string;
  due_on: string;
  step: string;
  recipient: string;
  message_id: string | null;
}

/**
 * What the world owes, worked out apart from the pipeline: for every open deadline (a
 * convention's, or an organization's APD declaration through the convention that carries it) and
 * every officer of the organizations it concerns, the step the domain's policy says is current on
 * each day the application's clock stood on (a jump skips the days between, as a real clock does:
 * the catch-up is owed, not each step). The seeding day is always one of them. Beside it, the
 * reminder rows the application scheduled, by the same key.
 */
async function owedAndScheduled(url: string, days: IsoDate[]) {
  const deadlines = await query<{
    convention_id: string;
    kind: DeadlineKind;
    due_on: string;
    officers: string[];
  }>(
    url,
    `SELECT d.convention_id, d.kind, d.due_on::text AS due_on,
            ARRAY(SELECT u.id::text FROM users u JOIN convention_parties p ON p.organization_id = u.organization_id
                   WHERE p.convention_id = d.convention_id AND u.role = 'officer' AND u.active) AS officers
       FROM deadlines d
      WHERE NOT EXISTS (SELECT 1 FROM deadline_records r
                         WHERE r.convention_id = d.convention_id AND r.kind = d.kind AND r.due_on = d.due_on)
     UNION ALL
     SELECT od.convention_id, od.kind, od.due_on::text,
            ARRAY(SELECT u.id::text FROM users u WHERE u.organization_id = od.organization_id
                     AND u.role = 'officer' AND u.active)
       FROM organization_deadlines od
      WHERE NOT EXISTS (SELECT 1 FROM apd_declarations a
                         WHERE a.organization_id = od.organization_id AND a.year = od.declared_year)`,
  );
  const owed = new Set<string>();
  for (const deadline of deadlines)
    for (const day of new Set([parisDay(CREATED_AT), ...days])) {
      const step = stepToSend(deadline.kind, deadline.due_on, day, DEFAULT_REMINDER_POLICY);
      if (step)
        for (const officer of deadline.officers)
          owed.add(key({ ...deadline, step: step.key, recipient: officer }));
    }
  const rows = await query<ReminderRow>(
    url,
    `SELECT id, status, convention_id, kind, due_on::text AS due_on, step, recipient_id AS recipient, message_id
       FROM reminders`,
  );
  return { owed, rows, scheduled: new Map(rows.map((row) => [key(row), row])) };
}

/** What the world owes (`owedAndScheduled`) against what the SMTP server received, by Message-ID. */
export async function tally(url: string, smtp: FaultSmtp, days: IsoDate[]) {
  const { owed, rows } = await owedAndScheduled(url, days);
  // A mail holding several rows (issue 19: one per person and sending moment) carries their
  // group's Message-ID, recorded on each row; a single row's is its own.
  const idOf = (row: { id: string; message_id: string | null }) =>
    row.message_id ?? `<reminder.${row.id}@passerelle.faults.test>`;
  const delivered = new Set(rows.filter((row) => smtp.received.has(idOf(row))).map(key));
  const ids = new Set(rows.map(idOf));
  return {
    owed: owed.size,
    rows: rows.length,
    /** Mails the rows make: one per recipient and group (rows sent together share a Message-ID). */
    mails: ids.size,
    missing: [...owed].filter((k) => !delivered.has(k)).length,
    /** Delivered though the policy owed nothing (an old step sent after the clock went back). */
    unowed: [...delivered].filter((k) => !owed.has(k)).length,
    duplicates: smtp.duplicates(),
    failed: rows.filter((row) => row.status === 'failed').length,
    sent: rows.filter((row) => row.status === 'sent').length,
    /** Messages whose Message-ID is no reminder's: a repeat that did not carry its first ID. */
    unknown: [...smtp.received.keys()].filter((id) => !ids.has(id)).length,
    /** Sent rows whose recorded Message-ID is not the one the server received. */
    idMismatch: rows.filter((row) => row.status === 'sent' && !smtp.received.has(row.message_id ?? ''))
      .length,
  };
}
export type Tally = Awaited<ReturnType<typeof tally>>;

export async function allSent(url: string): Promise<boolean> {
  const [row] = await query<{ pending: number; total: number }>(
    url,
    `SELECT count(*) FILTER (WHERE status <> 'sent')::int AS pending, count(*)::int AS total FROM reminders`,
  );
  return row.total > 0 && row.pending === 0;
}

export interface CaseResult {
  case: string;
  owed: number;
  missing: number;
  duplicates: number;
  failed: number;
  note: string;
}

export function resultRow(name: string, t: Tally, note: string): CaseResult {
  return { case: name, owed: t.owed, missing: t.missing, duplicates: t.duplicates, failed: t.failed, note };
}

/** The note's table, printed and written to artifacts/<file>. */
export function writeResults(file: string, results: CaseResult[]): void {
  const table = [
    '| case | reminders owed | missing | duplicates | failed | note |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) => `| ${r.case} | ${r.owed} | ${r.missing} | ${r.duplicates} | ${r.failed} | ${r.note} |`,
    ),
  ].join('\n');
  const out = path.join(__dirname, '..', '..', '..', 'artifacts');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, file), `${table}\n`);
  process.stdout.write(`\n${file}\n${table}\n`);
}

/**
 * Waits for the application's first sweep to commit, then says how many mails the rows make: one per recipient and sending moment (issue 19's grouping), the unit a kill interrupts.
 */
export async function mailsAfterSweep(url: string, timeoutMs: number): Promise<number> {
  await until(
    async () =>
      (
        await query(
          url,
          `SELECT 1 FROM scheduler_state WHERE name = 'reminders' AND last_swept_at IS NOT NULL`,
        )
      ).length > 0,
    timeoutMs,
    'the first sweep’s commit',
  );
  const [{ n }] = await query<{ n: number }>(
    url,
    `SELECT count(DISTINCT (recipient_id, send_at))::int AS n FROM reminders`,
  );
  return n;
}
