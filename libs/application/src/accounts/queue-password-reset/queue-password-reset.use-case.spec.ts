import { FixedClock } from '@passerelle/domain';
import { AccountRepository, User } from '../../ports/account.repository';
import { OutgoingMail } from '../../ports/mailer';
import { RequestPasswordResetUseCase, SendAccountLinkUseCase } from '../auth.use-cases';
import { AccountMailQueue } from './account-mail-queue';
import { QueuePasswordResetUseCase } from './queue-password-reset.use-case';

const known: User & { passwordHash: string | null } = {
  id: 'u-1',
  email: 'agent@tiznit.ma',
  name: 'Agent',
  language: 'en',
  organizationId: 'org-tiznit',
  role: 'officer',
  active: true,
  reminderMode: 'immediate',
  createdAt: '',
  passwordHash: 'hashed',
};

function world(options: { smtpDown?: boolean } = {}) {
  const users = [known, { ...known, id: 'u-2', email: 'gone@tiznit.ma', active: false }];
  const tokens: Array<{ userId: string; purpose: string; expiresAt: Date }> = [];
  const mails: OutgoingMail[] = [];
  const accounts = {
    findUserByEmail: (email: string) => Promise.resolve(users.find((user) => user.email === email) ?? null),
    createOneTimeToken: (userId: string, purpose: string, _hash: string, expiresAt: Date) => {
      tokens.push({ userId, purpose, expiresAt });
      return Promise.resolve();
    },
  } as unknown as AccountRepository;
  const mailer = {
    send: (mail: OutgoingMail) =>
      options.smtpDown
        ? Promise.reject(new Error('SMTP down'))
        : Promise.resolve(`<${mails.push(mail)}@test>`),
  };
  const clock = new FixedClock(new Date('2026-03-13T09:00:00Z'));
  const sendLink = new SendAccountLinkUseCase(accounts, mailer, clock, {
    sessionTtlHours: 12,
    publicUrl: 'https://passerelle.test',
  });
  const queue = new AccountMailQueue();
  return {
    tokens,
    mails,
    queue,
    useCase: new QueuePasswordResetUseCase(queue, new RequestPasswordResetUseCase(accounts, sendLink)),
  };
}

describe('QueuePasswordResetUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('answers before anything is looked up or sent; afterwards a known active user gets one reset link, valid 2 h, by mail', async () => {
    const { useCase, queue, tokens, mails } = world();
    expect(useCase.execute('agent@tiznit.ma')).toBeUndefined();
    expect([tokens.length, mails.length]).toEqual([0, 0]);
    await queue.drained();
    expect(tokens).toEqual([
      { userId: 'u-1', purpose: 'password_reset', expiresAt: new Date('2026-03-13T11:00:00Z') },
    ]);
    expect(mails.map((mail) => mail.to)).toEqual(['agent@tiznit.ma']);
    expect(mails[0].text).toContain('https://passerelle.test/reset-password?token=rst');
  });

  it('an unknown or deactivated address gets nothing, and the answer is the same', async () => {
    const { useCase, queue, tokens, mails } = world();
    expect(useCase.execute('nobody@tiznit.ma')).toBeUndefined();
    expect(useCase.execute('gone@tiznit.ma')).toBeUndefined();
    await queue.drained();
    expect([tokens.length, mails.length]).toEqual([0, 0]);
  });

  it('a mail that fails is logged, never surfaced, and the next request still runs', async () => {
    const { useCase, queue, tokens } = world({ smtpDown: true });
    useCase.execute('agent@tiznit.ma');
    useCase.execute('agent@tiznit.ma');
    await expect(queue.drained()).resolves.toBeUndefined();
    expect(tokens).toHaveLength(2);
  });
});
