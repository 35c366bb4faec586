import fc from 'fast-check';
import { addDays } from '../shared/calendar-date';
import { DEFAULT_REMINDER_POLICY, resolveReminderPolicy } from './reminder-policy';
import { isEscalated, reminderSteps, stepToSend } from './reminder-step';
import { localInstant, nextMonday, sendInstant } from './send-time';

const policy = DEFAULT_REMINDER_POLICY;

describe('reminder steps', () => {
  it('plans J-180 … J-1 for a renewal decision, then overdue at +1, +7 and weekly', () => {
    const steps = reminderSteps('renewal_decision', '2025-10-02', policy).map(
      (step) => `${step.key} ${step.sendOn}`,
    );
    expect(steps.slice(0, 9)).toEqual([
      'lead:180 2025-04-05',
      'lead:90 2025-07-04',
      'lead:60 2025-08-03',
      'lead:30 2025-09-02',
      'lead:14 2025-09-18',
      'lead:7 2025-09-25',
      'lead:1 2025-10-01',
      'overdue:1 2025-10-03',
      'overdue:7 2025-10-09',
    ]);
    expect(steps[9]).toBe('overdue:14 2025-10-16');
    expect(steps.at(-1)).toBe('overdue:364 2026-10-01');
  });

  it.each([
    ['on its day', '2025-09-02', 'lead:30', false, 30],
    ['the day after: nothing new, the same step', '2025-09-03', 'lead:30', true, 29],
    ['after a downtime: one catch-up with the true days left', '2025-09-24', 'lead:14', true, 8],
    ['never a lead step after the date', '2025-10-02', 'lead:1', true, 0],
    ['the day after the date: overdue', '2025-10-03', 'overdue:1', false, -1],
    ['forty days late', '2025-11-11', 'overdue:35', true, -40],
  ])('%s', (_label, today, key, catchUp, daysLeft) => {
    expect(stepToSend('renewal_decision', '2025-10-02', today, policy)).toMatchObject({
      key,
      catchUp,
      daysLeft,
    });
  });

  it('sends nothing before the first step, and nothing late for events', () => {
    expect(stepToSend('renewal_notice', '2025-10-02', '2025-04-04', policy)).toBeNull();
    expect(stepToSend('expiry', '2026-01-02', '2026-01-10', policy)).toBeNull();
    expect(stepToSend('tacit_renewal', '2026-01-03', '2026-01-01', policy)).toBeNull();
  });

  it('never reminds a renewal notice once its day has passed: it lapsed, the convention renewed', () => {
    const steps = reminderSteps('renewal_notice', '2025-10-02', policy);
    expect(steps.map((step) => step.key)).toEqual([
      'lead:180',
      'lead:90',
      'lead:60',
      'lead:30',
      'lead:14',
      'lead:7',
      'lead:1',
    ]);
    expect(stepToSend('renewal_notice', '2025-10-02', '2025-10-03', policy)).toBeNull();
    expect(stepToSend('renewal_notice', '2025-10-02', '2025-10-02', policy)).toMatchObject({ key: 'lead:1' });
  });

  it('escalates from seven days late', () => {
    const steps = reminderSteps('action_plan', '2026-12-31', policy);
    expect(
      steps
        .filter((step) => isEscalated(step, policy))
        .map((step) => step.key)
        .slice(0, 2),
    ).toEqual(['overdue:7', 'overdue:14']);
    expect(
      isEscalated(
        steps.find((step) => step.key === 'overdue:1')!,
        policy,
      ),
    ).toBe(false);
  });

  it('lets an organization and then a convention override lead times', () => {
    const resolved = resolveReminderPolicy({ action_plan: [90, 15] }, { action_plan: [45, 45, -1] });
    expect(resolved.leadDays.action_plan).toEqual([45]);
    expect(resolved.leadDays.expiry).toEqual(DEFAULT_REMINDER_POLICY.leadDays.expiry);
  });

  it('property: at most one step per day, never a lead step after the date, catch-up only when late', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -400, max: 400 }), (offset, shift) => {
        const dueOn = addDays('2024-01-01', offset);
        const today = addDays(dueOn, shift);
        const step = stepToSend('renewal_decision', dueOn, today, policy);
        if (!step) return shift < -180 || shift > 365;
        if (today > dueOn && !step.overdue) return false;
        return step.sendOn <= today && step.catchUp === step.sendOn < today;
      }),
    );
  });
});

describe('send time', () => {
  it.each([
    ['2026-03-28', 'Europe/Paris', '2026-03-28T07:00:00.000Z'],
    ['2026-03-29', 'Europe/Paris', '2026-03-29T06:00:00.000Z'],
    ['2026-10-25', 'Europe/Paris', '2026-10-25T07:00:00.000Z'],
    ['2026-01-15', 'Africa/Casablanca', '2026-01-15T07:00:00.000Z'],
    ['2026-02-20', 'Africa/Casablanca', '2026-02-20T08:00:00.000Z'],
  ])('08:00 on %s in %s is %s', (day, zone, instant) => {
    expect(sendInstant(day, zone).toISOString()).toBe(instant);
  });

  it('finds the next Monday', () => {
    expect(nextMonday('2026-11-22')).toBe('2026-11-23');
    expect(nextMonday('2026-11-23')).toBe('2026-11-23');
    expect(nextMonday('2026-11-24')).toBe('2026-11-30');
    expect(localInstant('2026-11-23', 8, 'Europe/Paris').toISOString()).toBe('2026-11-23T07:00:00.000Z');
  });
});
