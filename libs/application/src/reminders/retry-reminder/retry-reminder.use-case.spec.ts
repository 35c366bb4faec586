import { FixedClock } from '@passerelle/domain';
import { anOfficer, aStranger, aViewer } from '@passerelle/testing';
import { ReminderRepository } from '../../ports/reminder.repository';
import { RetryReminderUseCase } from './retry-reminder.use-case';

const admin = { ...anOfficer, userId: 'u-admin', role: 'admin' as const, organizationId: null };

/** Reminders by id with their status and organization; retry turns a failed one visible to the caller pending. */
function world() {
  const reminders = new Map([
    ['r-failed', { id: 'r-failed', status: 'failed', organizationId: 'org-vlg', dueAt: null as Date | null }],
    ['r-sent', { id: 'r-sent', status: 'sent', organizationId: 'org-vlg', dueAt: null as Date | null }],
  ]);
  const visible = (id: string | undefined, organizationId?: string) => {
    const reminder = id ? reminders.get(id) : undefined;
    return reminder && (!organizationId || reminder.organizationId === organizationId) ? reminder : undefined;
  };
  const repository = {
    retry: (id: string, now: Date, organizationId?: string) => {
      const reminder = visible(id, organizationId);
      if (reminder?.status !== 'failed') return Promise.resolve(false);
      Object.assign(reminder, { status: 'pending', dueAt: now });
      return Promise.resolve(true);
    },
    list: (filter: { id?: string; organizationId?: string }) => {
      const reminder = visible(filter.id, filter.organizationId);
      return Promise.resolve(reminder ? [reminder] : []);
    },
  } as unknown as ReminderRepository;
  const clock = new FixedClock(new Date('2026-03-13T09:00:00Z'));
  return { reminders, useCase: new RetryReminderUseCase(repository, clock) };
}

describe('RetryReminderUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('a failed reminder of the officer’s organization goes back to pending, due now', async () => {
    const { useCase, reminders } = world();
    expect(await useCase.execute('r-failed', anOfficer)).toEqual({ id: 'r-failed', status: 'pending' });
    expect(reminders.get('r-failed')).toMatchObject({
      status: 'pending',
      dueAt: new Date('2026-03-13T09:00:00Z'),
    });
  });

  it('one not failed is a 409 on id; retrying twice is that 409 the second time', async () => {
    const { useCase } = world();
    await expect(useCase.execute('r-sent', anOfficer)).rejects.toMatchObject({
      code: 'conflict',
      field: 'id',
    });
    await useCase.execute('r-failed', admin);
    await expect(useCase.execute('r-failed', admin)).rejects.toMatchObject({ code: 'conflict', field: 'id' });
  });

  it('another organization’s reminder and an unknown one are a 404 on id; a viewer may not (403)', async () => {
    const { useCase, reminders } = world();
    await expect(useCase.execute('r-failed', aStranger)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    await expect(useCase.execute('r-404', admin)).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    await expect(useCase.execute('r-failed', aViewer)).rejects.toMatchObject({ code: 'forbidden' });
    expect(reminders.get('r-failed')?.status).toBe('failed');
  });
});
