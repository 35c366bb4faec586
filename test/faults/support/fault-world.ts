import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { DEFAULT_REMINDER_POLICY, DeadlineKind, IsoDate, stepToSend } from '@passerelle/domain';
import { databaseUrlFor } from '@passerelle/persistence';
import { AppProcess, FAULT_ADMIN } from './app-process';
import { FaultSmtp } from './fault-smtp';

/**
 * The fault suite's world: conventions (3 years from 1 January 2024, tacit renewal, 3 months'
 * notice) of one organization with 5 officers, created on 1 March 2026 when nothing is due. On 31
 * August 2026 at 08:30 Paris the renewal notice's J-30 and the expiry's J-180 (a catch-up) are due:
 * 2 reminders per convention and officer (500 for 50 conventions), each owed exactly once.
 */
export const CREATED_AT = Date.parse('2026-03-01T09:00:00Z');
export const DUE_AT = Date.parse('2026-08-31T06:30:00Z');
export const DAY = 86_400_000;
export const OFFICERS = 5;
export const OFFICER_PASSWORD = 'fault suite officer password';
export const offsetFor = (instant: number) => instant - Date.now();
/** The day an instant falls on in the world's zone (Europe/Paris). */
export const parisDay = (instant: number): IsoDate =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(instant));

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
 * on 1 March 2026 and no scheduler: nothing is due, so nothing is scheduled. Returns the
 * organization's id.
 */
export async function seedWorld(url: string, smtpUrl: string, conventions: number): Promise<string> {
  const app = await AppProcess.start({
    databaseUrl: url,
    smtpUrl,
    clockOffsetMs: offsetFor(CREATED_AT),
    scheduler: false,
  });
  try {
    const admin = await login(app, FAULT_ADMIN.email, FAULT_ADMIN.password);
    const organization = await api(app, admin, 'POST', '/api/admin/organizations', {
      name: 'Ville des fautes',
      country: 'FR',
      timezone: 'Europe/Paris',
    });
    for (let index = 0; index < OFFICERS; index += 1) {
      await api(app, admin, 'POST', '/api/admin/users', {
        email: `officer${index}@faults.test`,
        name: `Agent ${index}`,
        password: OFFICER_PASSWORD,
        organizationId: organization.id,
        role: 'officer',
        language: 'fr',
      });
    }
    const officer = await login(app, 'officer0@faults.test', OFFICER_PASSWORD);
    for (let index = 0; index < conventions; index += 1) {
      await api(app, officer, 'POST', '/api/conventions', conventionDocument(index, organization.id));
    }
    const [{ n }] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM reminders');
    if (n !== 0) throw new Error(`seeding on 1 March scheduled ${n} reminders; nothing was due`);
    return organization.id as string;
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

/**
 * What the world owes, worked out apart from the pipeline: for every open deadline and every
 * officer, the step the domain's policy says is current on each day the application's clock
 * stood on (a jump skips the days between, as a real clock does: the catch-up is owed, not each
 * step). Against it, what the SMTP server received, by the Message-ID of each reminder row.
 */
export async function tally(url: string, smtp: FaultSmtp, days: IsoDate[]) {
  const deadlines = await query<{ convention_id: string; kind: DeadlineKind; due_on: string }>(
    url,
    `SELECT d.convention_id, d.kind, d.due_on::text AS due_on FROM deadlines d
      WHERE NOT EXISTS (SELECT 1 FROM deadline_records r
                         WHERE r.convention_id = d.convention_id AND r.kind = d.kind AND r.due_on = d.due_on)`,
  );
  const officers = await query<{ id: string }>(url, `SELECT id FROM users WHERE role = 'officer' AND active`);
  const owed = new Set<string>();
  for (const deadline of deadlines)
    for (const day of days) {
      const step = stepToSend(deadline.kind, deadline.due_on, day, DEFAULT_REMINDER_POLICY);
      if (step)
        for (const officer of officers) owed.add(key({ ...deadline, step: step.key, recipient: officer.id }));
    }
  const rows = await query<{
    id: string;
    status: string;
    convention_id: string;
    kind: string;
    due_on: string;
    step: string;
    recipient: string;
    message_id: string | null;
  }>(
    url,
    `SELECT id, status, convention_id, kind, due_on::text AS due_on, step, recipient_id AS recipient, message_id
       FROM reminders`,
  );
  // A mail holding several rows (issue 19: one per person and sending moment) carries their
  // group's Message-ID, recorded on each row; a single row's is its own.
  const idOf = (row: { id: string; message_id: string | null }) =>
    row.message_id ?? `<reminder.${row.id}@passerelle.faults.test>`;
  const delivered = new Set(rows.filter((row) => smtp.received.has(idOf(row))).map(key));
  const ids = new Set(rows.map(idOf));
  return {
    owed: owed.size,
    rows: rows.length,
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
