import { FixedClock } from '@passerelle/domain';
import {
  NewReminder,
  OpenDeadline,
  ReminderRecipient,
  ReminderRepository,
} from '../ports/reminder.repository';
import { candidateDueDates, SweepRemindersUseCase } from './sweep-reminders.use-case';

/** An in-memory repository: the sweep's own logic, without PostgreSQL. */
class InMemoryReminders implements Pick<ReminderRepository, 'sweep'> {
  lastSweptAt: Date | null = null;
  readonly rows = new Map<string, NewReminder>();
  deadlines: OpenDeadline[] = [];
  recipients: ReminderRecipient[] = [];
  locked = false;

  async sweep(plan: Parameters<ReminderRepository['sweep']>[0]) {
    if (this.locked) return null;
    const { reminders, sweptAt } = await plan({
      lastSweptAt: this.lastSweptAt,
      zones: [...new Set(this.deadlines.map((deadline) => deadline.timeZone))],
      leadDaysInUse: [],
      load: async (dates) => ({
        deadlines: this.deadlines.filter((deadline) => dates.includes(deadline.dueOn)),
        recipients: new Map(this.deadlines.map((deadline) => [deadline.conventionId, this.recipients])),
      }),
    });
    let created = 0;
    for (const reminder of reminders) {
      const key = [
        reminder.conventionId,
        reminder.kind,
        reminder.dueOn,
        reminder.step,
        reminder.recipientId,
      ].join('|');
      if (!this.rows.has(key)) {
        this.rows.set(key, reminder);
        created += 1;
      }
    }
    this.lastSweptAt = sweptAt;
    return { created };
  }
}

const notice: OpenDeadline = {
  conventionId: 'c1',
  reference: 'VLG-TIZNIT-2023',
  conventionTitle: 'Convention VLG – Tiznit',
  partyNames: ['Villeneuve-la-Garenne', 'Tiznit'],
  timeZone: 'Europe/Paris',
  kind: 'renewal_notice',
  dueOn: '2025-10-02',
  termIndex: 0,
  planYear: null,
  periodFrom: null,
  sourceArticle: '7',
  sourceQuote: 'préavis de trois mois',
  conventionPolicy: null,
};

const person = (overrides: Partial<ReminderRecipient>): ReminderRecipient => ({
  userId: 'u1',
  email: 'agent@vlg.fr',
  name: 'Agent',
  language: 'fr',
  role: 'officer',
  timeZone: 'Europe/Paris',
  digest: false,
  organizationPolicy: null,
  following: true,
  ...overrides,
});

describe('SweepRemindersUseCase (in-memory ports, fixed clock)', () => {
  function setUp(now: string) {
    const repository = new InMemoryReminders();
    const clock = new FixedClock(new Date(now));
    const sweep = new SweepRemindersUseCase(repository as unknown as ReminderRepository, clock);
    repository.deadlines = [notice];
    return { repository, clock, sweep };
  }

  it('plans the J-30 for the officer at 08:00 Paris, and only for who should get it', async () => {
    const { repository, sweep } = setUp('2025-09-02T04:00:00Z');
    repository.recipients = [
      person({ userId: 'officer' }),
      person({ userId: 'muted', following: false }),
      person({ userId: 'viewer', role: 'viewer' }),
      person({ userId: 'casablanca', timeZone: 'Africa/Casablanca' }),
    ];
    expect(await sweep.execute()).toEqual({ created: 2, skipped: false });
    const rows = [...repository.rows.values()];
    expect(rows.map((row) => [row.recipientId, row.step, row.daysLeft, row.sendAt.toISOString()])).toEqual([
      ['officer', 'lead:30', 30, '2025-09-02T06:00:00.000Z'],
      ['casablanca', 'lead:30', 30, '2025-09-02T07:00:00.000Z'],
    ]);
  });

  it('writes to the deadline’s owner alone before the escalation step, then to every follower', async () => {
    const { repository, clock, sweep } = setUp('2025-09-02T04:00:00Z');
    // VLG named Bruno; Tiznit's organization named nobody: its officer follows as before. A renewal
    // decision, not a notice: a notice whose day passed lapsed (the convention renewed), it has no
    // overdue step to escalate.
    repository.deadlines = [{ ...notice, kind: 'renewal_decision', owners: { vlg: 'bruno' } }];
    repository.recipients = [
      person({ userId: 'ana', organizationId: 'vlg' }),
      person({ userId: 'bruno', organizationId: 'vlg' }),
      person({ userId: 'elu', organizationId: 'vlg', role: 'viewer' }),
      person({ userId: 'tiznit', organizationId: 'tiznit', timeZone: 'Africa/Casablanca' }),
    ];
    await sweep.execute();
    expect([...repository.rows.values()].map((row) => [row.recipientId, row.step])).toEqual([
      ['bruno', 'lead:30'],
      ['tiznit', 'lead:30'],
    ]);
    // Seven days late is the escalation step: every follower, the viewer too.
    repository.rows.clear();
    clock.set(new Date('2025-10-09T04:00:00Z'));
    await sweep.execute();
    expect([...repository.rows.values()].map((row) => [row.recipientId, row.step, row.escalation])).toEqual([
      ['ana', 'overdue:7', true],
      ['bruno', 'overdue:7', true],
      ['elu', 'overdue:7', true],
      ['tiznit', 'overdue:7', true],
    ]);
    // Only those written to because of the escalation read its sentence (issue 19): not the
    // owner, not an officer of an organization that named nobody (she gets every step).
    expect([...repository.rows.values()].map((row) => [row.recipientId, row.byEscalation])).toEqual([
      ['ana', true],
      ['bruno', false],
      ['elu', true],
      ['tiznit', false],
    ]);
  });

  it('says the service was down only for a step whose day no sweep covered, and sends it at today’s 08:00', async () => {
    const { repository, clock, sweep } = setUp('2025-09-10T04:00:00Z');
    repository.recipients = [person({})];
    await sweep.execute(); // the first sweep: the J-30 of 2 September, a catch-up of unknown cause
    expect([...repository.rows.values()].map((row) => [row.step, row.catchUp, row.reason])).toEqual([
      ['lead:30', true, 'late'],
    ]);
    repository.rows.clear();
    clock.set(new Date('2025-09-20T04:00:00Z')); // nothing ran from the 11th to the 19th
    await sweep.execute();
    const [row] = [...repository.rows.values()];
    expect([row.step, row.catchUp, row.reason, row.daysLeft]).toEqual(['lead:14', true, 'service_down', 12]);
    expect(row.sendAt.toISOString()).toBe('2025-09-20T06:00:00.000Z');
    repository.rows.clear();
    clock.set(new Date('2025-09-25T04:00:00Z'));
    await sweep.execute();
    clock.set(new Date('2025-09-25T05:00:00Z'));
    await sweep.execute();
    expect([...repository.rows.values()].map((row) => [row.step, row.reason])).toEqual([
      ['lead:7', 'on_time'],
    ]);
  });

  it('reads nothing on a second sweep the same day, and the next step the day it falls', async () => {
    const { repository, clock, sweep } = setUp('2025-09-02T04:00:00Z');
    repository.recipients = [person({})];
    await sweep.execute();
    clock.set(new Date('2025-09-02T20:00:00Z'));
    expect(await sweep.execute()).toMatchObject({ created: 0 });
    clock.set(new Date('2025-09-18T04:00:00Z'));
    expect(await sweep.execute()).toMatchObject({ created: 1 });
    expect([...repository.rows.values()].map((row) => row.step)).toEqual(['lead:30', 'lead:14']);
  });

  it('puts a digest reader’s reminder on the next Monday at 08:00', async () => {
    const { repository, sweep } = setUp('2025-09-02T04:00:00Z');
    repository.recipients = [person({ digest: true })];
    await sweep.execute();
    expect([...repository.rows.values()][0].sendAt.toISOString()).toBe('2025-09-08T06:00:00.000Z');
  });

  it('does nothing while another scheduler holds the lock', async () => {
    const { repository, sweep } = setUp('2025-09-02T04:00:00Z');
    repository.locked = true;
    expect(await sweep.execute()).toEqual({ created: 0, skipped: true });
  });

  it('lists every due date with a step in the window', () => {
    const dates = candidateDueDates('2025-09-01', '2025-09-02', []);
    expect(dates).toEqual(expect.arrayContaining(['2025-10-02', '2025-09-03', '2025-09-01', '2025-08-26']));
    expect(dates).not.toContain('2025-10-01');
  });
});
