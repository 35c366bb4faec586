import {
  BudgetLine,
  Contact,
  HistoryEvent,
  impreciseDateBounds,
  Portfolio,
  Project,
} from '@passerelle/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

export type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Splits rows into statements: PostgreSQL takes at most 65,535 parameters a statement. */
export function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

/** Inserts rows given as JSON objects through jsonb_to_recordset: one statement, any row count. */
export async function insertJson(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Row[],
  suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const definition = names.map((name) => `${name} ${columns[name]}`).join(', ');
  for (const part of chunks(rows, 5000)) {
    await manager.query(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${definition}) ${suffix}`,
      [JSON.stringify(part)],
    );
  }
}

const PROJECT_COLUMNS = {
  id: 'uuid',
  convention_id: 'uuid',
  position: 'int',
  title: 'text',
  status: 'text',
  period: 'text',
  starts_value: 'text',
  starts_precision: 'text',
  ends_value: 'text',
  ends_precision: 'text',
  objectives: 'text',
  project_owner: 'text',
  beneficiaries: 'text',
  domains: 'text[]',
  line_from: 'int',
  line_to: 'int',
};

const BUDGET_LINE_COLUMNS = {
  project_id: 'uuid',
  position: 'int',
  role: 'text',
  amount: 'numeric',
  currency: 'text',
  contributor: 'text',
  contributor_kind: 'text',
  nature: 'text',
  in_kind_amount: 'numeric',
  year_from: 'int',
  year_to: 'int',
  words: 'text',
  line: 'int',
};

const EVENT_COLUMNS = {
  convention_id: 'uuid',
  position: 'int',
  kind: 'text',
  date_value: 'text',
  date_precision: 'text',
  date_from: 'date',
  date_to: 'date',
  party: 'text',
  words: 'text',
  line: 'int',
};

const CONTACT_COLUMNS = {
  convention_id: 'uuid',
  position: 'int',
  party: 'text',
  role: 'text',
  name: 'text',
  title: 'text',
  phone: 'text',
  email: 'text',
  address: 'text',
  as_of: 'text',
  line: 'int',
};

const PROFILE_COLUMNS = {
  convention_id: 'uuid',
  party: 'text',
  population: 'bigint',
  domains: 'text[]',
  line: 'int',
};

/** One convention's projects from `position` on, with their budget lines. */
export interface PositionedProjects {
  conventionId: string;
  projects: Project[];
  firstPosition: number;
}

/** Inserts projects and their budget lines (ids made here: no round trip per project). */
export async function insertProjects(manager: EntityManager, groups: PositionedProjects[]): Promise<void> {
  const projects = groups.flatMap(({ conventionId, projects, firstPosition }) =>
    projects.map((project, index) => ({
      id: randomUUID(),
      conventionId,
      project,
      position: firstPosition + index,
    })),
  );
  await insertJson(
    manager,
    'convention_projects',
    PROJECT_COLUMNS,
    projects.map(({ id, conventionId, project, position }) => ({
      id,
      ...projectRow(conventionId, project, position),
    })),
  );
  await insertJson(
    manager,
    'project_budget_lines',
    BUDGET_LINE_COLUMNS,
    projects.flatMap(({ id, project }) =>
      project.budgetLines.map((line, position) => budgetLineRow(id, line, position)),
    ),
  );
}

export async function insertHistoryEvents(
  manager: EntityManager,
  events: Array<{ conventionId: string; event: HistoryEvent; position: number }>,
): Promise<void> {
  await insertJson(
    manager,
    'convention_history_events',
    EVENT_COLUMNS,
    events.map(({ conventionId, event, position }) => eventRow(conventionId, event, position)),
  );
}

export async function insertContacts(
  manager: EntityManager,
  contacts: Array<{ conventionId: string; contact: Contact; position: number }>,
): Promise<void> {
  await insertJson(
    manager,
    'party_contacts',
    CONTACT_COLUMNS,
    contacts.map(({ conventionId, contact, position }) => contactRow(conventionId, contact, position)),
  );
}

/** Replaces the imported portfolios of these conventions (projects, history, contacts, profiles). */
export async function replacePortfolios(
  manager: EntityManager,
  items: Array<{ id: string; portfolio: Portfolio }>,
): Promise<void> {
  if (items.length === 0) return;
  const ids = items.map((item) => item.id);
  for (const table of [
    'convention_projects',
    'convention_history_events',
    'party_contacts',
    'party_profiles',
  ])
    await manager.query(`DELETE FROM ${table} WHERE convention_id = ANY($1::uuid[])`, [ids]);
  await insertProjects(
    manager,
    items.map(({ id, portfolio }) => ({ conventionId: id, projects: portfolio.projects, firstPosition: 0 })),
  );
  await insertHistoryEvents(
    manager,
    items.flatMap(({ id, portfolio }) =>
      portfolio.history.map((event, position) => ({ conventionId: id, event, position })),
    ),
  );
  await insertContacts(
    manager,
    items.flatMap(({ id, portfolio }) =>
      portfolio.contacts.map((contact, position) => ({ conventionId: id, contact, position })),
    ),
  );
  await insertJson(
    manager,
    'party_profiles',
    PROFILE_COLUMNS,
    items.flatMap(({ id, portfolio }) =>
      portfolio.profiles.map((profile) => ({
        convention_id: id,
        party: profile.party,
        population: profile.population ?? null,
        domains: profile.domains,
        line: profile.line ?? null,
      })),
    ),
  );
}

function projectRow(conventionId: string, project: Project, position: number): Row {
  return {
    convention_id: conventionId,
    position,
    title: project.title,
    status: project.status,
    period: project.period ?? null,
    starts_value: project.startsOn?.value ?? null,
    starts_precision: project.startsOn?.precision ?? null,
    ends_value: project.endsOn?.value ?? null,
    ends_precision: project.endsOn?.precision ?? null,
    objectives: project.objectives ?? null,
    project_owner: project.projectOwner ?? null,
    beneficiaries: project.beneficiaries ?? null,
    domains: project.domains,
    line_from: project.lineFrom ?? null,
    line_to: project.lineTo ?? null,
  };
}

function budgetLineRow(projectId: string, line: BudgetLine, position: number): Row {
  return {
    project_id: projectId,
    position,
    role: line.role,
    amount: line.amount,
    currency: line.currency,
    contributor: line.contributor,
    contributor_kind: line.contributorKind,
    nature: line.nature,
    in_kind_amount: line.inKindAmount ?? null,
    year_from: line.yearFrom ?? null,
    year_to: line.yearTo ?? null,
    words: line.words ?? null,
    line: line.line ?? null,
  };
}

function eventRow(conventionId: string, event: HistoryEvent, position: number): Row {
  const bounds = event.date ? impreciseDateBounds(event.date) : null;
  return {
    convention_id: conventionId,
    position,
    kind: event.kind,
    date_value: event.date?.value ?? null,
    date_precision: event.date?.precision ?? null,
    date_from: bounds?.from ?? null,
    date_to: bounds?.to ?? null,
    party: event.party ?? null,
    words: event.words,
    line: event.line ?? null,
  };
}

function contactRow(conventionId: string, contact: Contact, position: number): Row {
  return {
    convention_id: conventionId,
    position,
    party: contact.party,
    role: contact.role,
    name: contact.name ?? null,
    title: contact.title ?? null,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    address: contact.address ?? null,
    as_of: contact.asOf ?? null,
    line: contact.line ?? null,
  };
}
