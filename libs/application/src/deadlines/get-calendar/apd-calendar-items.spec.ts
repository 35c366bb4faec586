import { Actor } from '@passerelle/domain';
import { PaymentRepository } from '../../ports/payment.repository';
import { apdCalendarItems } from './apd-calendar-items';

/** The two reads apdCalendarItems makes, counted; one 2025 declaration due, not declared. */
function payments(): { repository: PaymentRepository; reads: string[] } {
  const reads: string[] = [];
  const repository = {
    organization: (id: string) => {
      reads.push('organization');
      return Promise.resolve({ id, name: 'Antony', country: 'FR', timeZone: 'Europe/Paris' });
    },
    ownDeadlines: (_id: string, from: string, to: string) => {
      reads.push('ownDeadlines');
      const dueOn = '2025-05-31';
      return Promise.resolve(
        dueOn >= from && dueOn <= to
          ? [{ kind: 'apd_declaration' as const, dueOn, declaredYear: 2024, declared: false }]
          : [],
      );
    },
  } as unknown as PaymentRepository;
  return { repository, reads };
}

const actor = { userId: 'u1', organizationId: 'o1', role: 'officer', language: 'fr' } as unknown as Actor;
const now = new Date('2025-03-01T09:00:00Z');

describe('apdCalendarItems', () => {
  it('reads nothing for a window without a 31 May', async () => {
    const { repository, reads } = payments();
    const items = await apdCalendarItems(
      repository,
      now,
      { from: '2025-03-01', to: '2025-03-31', locale: 'fr', actor },
      'Europe/Paris',
    );
    expect(items).toEqual([]);
    expect(reads).toEqual([]);
  });

  it('gives the declaration of a window that holds its 31 May, also across a new year', async () => {
    for (const [from, to] of [
      ['2025-05-31', '2025-05-31'],
      ['2024-12-01', '2025-06-30'],
      ['2020-01-01', '2030-01-01'],
    ]) {
      const { repository, reads } = payments();
      const items = await apdCalendarItems(
        repository,
        now,
        { from, to, locale: 'fr', actor },
        'Europe/Paris',
      );
      expect(items.map((item) => [item.kind, item.dueOn, item.status])).toEqual([
        ['apd_declaration', '2025-05-31', 'upcoming'],
      ]);
      expect(reads).toEqual(['organization', 'ownDeadlines']);
    }
  });
});
