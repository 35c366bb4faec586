import { FixedClock } from '@passerelle/domain';
import { FirstAdmin, FirstAdminRepository } from '../../ports/first-admin.repository';
import { User } from '../../ports/account.repository';
import { CheckSetupLinkUseCase } from '../check-setup-link/check-setup-link.use-case';
import { IssueSetupLinkUseCase } from '../issue-setup-link/issue-setup-link.use-case';
import { CreateFirstAdminUseCase } from './create-first-admin.use-case';

/** Setup tokens by hash (single use, expiring) and the admins, as the repository's contract says. */
function firstAdminInMemory() {
  const tokens = new Map<string, { expiresAt: Date; used: boolean }>();
  const admins: Array<FirstAdmin & { id: string }> = [];
  const usable = (hash: string, now: Date) => {
    const token = tokens.get(hash);
    return !!token && !token.used && token.expiresAt > now;
  };
  const repository: FirstAdminRepository = {
    adminExists: () => Promise.resolve(admins.length > 0),
    createSetupToken: (hash, expiresAt) => {
      tokens.set(hash, { expiresAt, used: false });
      return Promise.resolve();
    },
    isSetupTokenUsable: (hash, now) => Promise.resolve(admins.length === 0 && usable(hash, now)),
    createFirstAdmin: (hash, now, admin) => {
      if (admins.length > 0) return Promise.resolve('admin_exists' as const);
      if (!usable(hash, now)) return Promise.resolve('token_unusable' as const);
      tokens.get(hash)!.used = true;
      admins.push({ ...admin, id: 'u-admin' });
      return Promise.resolve({ id: 'u-admin', email: admin.email, name: admin.name, role: 'admin' } as User);
    },
  };
  return { tokens, admins, repository };
}

function world(now = '2026-03-13T09:00:00Z') {
  const memory = firstAdminInMemory();
  const clock = new FixedClock(new Date(now));
  const hasher = {
    hash: (password: string) => Promise.resolve(`hashed:${password}`),
    verify: () => Promise.resolve(true),
  };
  return {
    ...memory,
    clock,
    issue: new IssueSetupLinkUseCase(memory.repository, clock, {
      sessionTtlHours: 12,
      publicUrl: 'https://passerelle.test',
    }),
    check: new CheckSetupLinkUseCase(memory.repository, clock),
    create: new CreateFirstAdminUseCase(memory.repository, hasher, clock),
  };
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const command = (token: string) => ({
  token,
  email: ' Admin@Plateforme.TEST ',
  name: ' Admin ',
  password: 'a long passphrase',
  language: 'fr' as const,
});

describe('IssueSetupLink, CheckSetupLink and CreateFirstAdmin (in-memory ports, clock at 2026-03-13)', () => {
  it('with no admin, issues a single-use link valid 24 h, stored only as its hash; each start a new one', async () => {
    const { issue, tokens } = world();
    const link = await issue.execute();
    expect(link?.url).toMatch(/^https:\/\/passerelle\.test\/setup\?token=stp_/);
    expect(link?.expiresAt).toEqual(new Date('2026-03-14T09:00:00Z'));
    const again = await issue.execute();
    expect(again?.url).not.toBe(link?.url);
    expect(tokens.size).toBe(2);
    expect([...tokens.keys()].some((hash) => link!.url.includes(hash))).toBe(false);
  });

  it('the link creates the first admin (address lowercased, password hashed), then is dead, and no link is issued any more', async () => {
    const { issue, check, create, admins } = world();
    const token = tokenOf((await issue.execute())!.url);
    expect(await check.execute(token)).toEqual({ usable: true, adminExists: false });
    await create.execute(command(token));
    expect(admins).toEqual([
      {
        id: 'u-admin',
        email: 'admin@plateforme.test',
        name: 'Admin',
        language: 'fr',
        passwordHash: 'hashed:a long passphrase',
      },
    ]);
    expect(await check.execute(token)).toEqual({ usable: false, adminExists: true });
    await expect(create.execute(command(token))).rejects.toMatchObject({ code: 'conflict', field: 'token' });
    expect(await issue.execute()).toBeNull();
  });

  it('refuses an unknown or expired link (400 on token) and a weak password (400 on password), creating nobody', async () => {
    const { issue, check, create, admins, clock } = world();
    const token = tokenOf((await issue.execute())!.url);
    await expect(create.execute(command('stp_forged'))).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'token',
    });
    await expect(create.execute({ ...command(token), password: 'short' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'password',
    });
    clock.set(new Date('2026-03-14T09:00:00Z'));
    expect(await check.execute(token)).toEqual({ usable: false, adminExists: false });
    await expect(create.execute(command(token))).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'token',
    });
    expect(admins).toEqual([]);
  });
});
