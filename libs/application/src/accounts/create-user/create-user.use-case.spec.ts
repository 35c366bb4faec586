import { Actor, FixedClock } from '@passerelle/domain';
import {
  aStoredConvention,
  anOfficer,
  aViewer,
  InMemoryConventions,
  InMemoryGovernance,
} from '@passerelle/testing';
import { AccountRepository, Organization, User } from '../../ports/account.repository';
import { OutgoingMail } from '../../ports/mailer';
import { NoteRepository, OrganizationNote } from '../../ports/note.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { SendAccountLinkUseCase } from '../auth.use-cases';
import { CreateOrganizationUseCase } from '../create-organization/create-organization.use-case';
import { GetOrganizationNoteUseCase } from '../get-organization-note/get-organization-note.use-case';
import { PutOrganizationNoteUseCase } from '../put-organization-note/put-organization-note.use-case';
import { CreateUserUseCase } from './create-user.use-case';

const admin: Actor = {
  userId: 'u-admin',
  email: 'admin@plateforme.test',
  role: 'admin',
  organizationId: null,
  language: 'fr',
};

/** The accounts a spec creates, the one-time tokens and the mails: what the account use cases decide. */
function accountsInMemory() {
  const organizations: Organization[] = [];
  const users: Array<User & { passwordHash: string | null }> = [];
  const tokens: Array<{ userId: string; purpose: string; expiresAt: Date }> = [];
  const accounts = {
    findOrganization: (id: string) => Promise.resolve(organizations.find((o) => o.id === id) ?? null),
    createOrganization: (input: { name: string; country: string; timezone: string }) => {
      const organization = { ...input, id: `org-${organizations.length + 1}` } as Organization;
      organizations.push(organization);
      return Promise.resolve(organization);
    },
    createUser: (
      input: Omit<User, 'id' | 'active' | 'reminderMode' | 'createdAt'> & { passwordHash: string | null },
    ) => {
      const user = {
        ...input,
        id: `u-${users.length + 1}`,
        active: true,
        reminderMode: 'immediate' as const,
        createdAt: '',
      };
      users.push(user);
      return Promise.resolve(user);
    },
    createOneTimeToken: (userId: string, purpose: string, _hash: string, expiresAt: Date) => {
      tokens.push({ userId, purpose, expiresAt });
      return Promise.resolve();
    },
  };
  return { organizations, users, tokens, accounts: accounts as unknown as AccountRepository };
}

function world() {
  const memory = accountsInMemory();
  const mails: OutgoingMail[] = [];
  const clock = new FixedClock(new Date('2026-03-13T09:00:00Z'));
  const hasher: PasswordHasher = {
    hash: (password) => Promise.resolve(`hashed:${password}`),
    verify: () => Promise.resolve(true),
  };
  const sendLink = new SendAccountLinkUseCase(
    memory.accounts,
    { send: (mail) => Promise.resolve(`<${mails.push(mail)}@passerelle.test>`) },
    clock,
    { sessionTtlHours: 12, publicUrl: 'https://passerelle.test' },
  );
  return {
    ...memory,
    mails,
    createUser: new CreateUserUseCase(memory.accounts, hasher, sendLink),
    createOrganization: new CreateOrganizationUseCase(memory.accounts),
  };
}

describe('CreateUserUseCase and CreateOrganizationUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('an admin creates an organization in an IANA zone; anything else is a 400 on timezone, a non-admin a 403', async () => {
    const { createOrganization, organizations } = world();
    await createOrganization.execute({ name: 'Tiznit', country: 'MA', timezone: 'Africa/Casablanca' }, admin);
    await expect(
      createOrganization.execute({ name: 'X', country: 'FR', timezone: 'Paris' }, admin),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'timezone' });
    await expect(
      createOrganization.execute({ name: 'X', country: 'FR', timezone: 'Europe/Paris' }, anOfficer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(organizations.map((o) => o.name)).toEqual(['Tiznit']);
  });

  it('an officer or viewer needs a known organization (400 on organizationId); a short password is a 400 on password', async () => {
    const { createUser, createOrganization, users } = world();
    const base = {
      email: 'agent@tiznit.ma',
      name: 'Agent',
      role: 'officer' as const,
      language: 'fr' as const,
    };
    await expect(createUser.execute({ ...base, password: 'a long passphrase' }, admin)).rejects.toMatchObject(
      {
        code: 'invalid_input',
        field: 'organizationId',
      },
    );
    await expect(
      createUser.execute({ ...base, organizationId: 'org-404', password: 'a long passphrase' }, admin),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'organizationId' });
    const organization = await createOrganization.execute(
      { name: 'Tiznit', country: 'MA', timezone: 'Africa/Casablanca' },
      admin,
    );
    await expect(
      createUser.execute({ ...base, organizationId: organization.id, password: 'short' }, admin),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'password' });
    await expect(
      createUser.execute(
        { ...base, organizationId: organization.id, password: 'a long passphrase' },
        anOfficer,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(users).toEqual([]);
  });

  it('with a password the account is ready and hashed; without, a single-use invitation of 72 h is mailed', async () => {
    const { createUser, createOrganization, users, tokens, mails } = world();
    const organization = await createOrganization.execute(
      { name: 'Tiznit', country: 'MA', timezone: 'Africa/Casablanca' },
      admin,
    );
    const base = {
      name: 'Agent',
      role: 'officer' as const,
      language: 'fr' as const,
      organizationId: organization.id,
    };
    await createUser.execute({ ...base, email: 'a@tiznit.ma', password: 'a long passphrase' }, admin);
    expect([users[0].passwordHash, tokens.length, mails.length]).toEqual(['hashed:a long passphrase', 0, 0]);
    await createUser.execute({ ...base, email: 'b@tiznit.ma' }, admin);
    expect(users[1].passwordHash).toBeNull();
    expect(tokens).toEqual([
      { userId: users[1].id, purpose: 'invitation', expiresAt: new Date('2026-03-16T09:00:00Z') },
    ]);
    expect(mails.map((mail) => mail.to)).toEqual(['b@tiznit.ma']);
    expect(mails[0].text).toContain('https://passerelle.test/invitation?token=');
  });
});

describe('Get/PutOrganizationNoteUseCase (in-memory ports)', () => {
  function notes() {
    const store = new InMemoryGovernance();
    const conventions = new InMemoryConventions(store.conventions);
    const written: OrganizationNote[] = [];
    const repository = {
      get: (conventionId: string, organizationId: string) =>
        Promise.resolve(
          written.find((n) => n.conventionId === conventionId && n.organizationId === organizationId) ?? null,
        ),
      put: (conventionId: string, organizationId: string, text: string) => {
        const note = { conventionId, organizationId, text } as OrganizationNote;
        written.push(note);
        return Promise.resolve(note);
      },
    } as unknown as NoteRepository;
    return {
      store,
      written,
      put: new PutOrganizationNoteUseCase(conventions, repository),
      get: new GetOrganizationNoteUseCase(conventions, repository),
    };
  }

  it('writes the note of the caller’s organization only; a viewer may not (403), another organization sees no convention (404)', async () => {
    const { store, written, put } = notes();
    const convention = aStoredConvention(store);
    await put.execute(convention.id, 'Relancer Tiznit', anOfficer);
    expect(written).toMatchObject([{ conventionId: convention.id, organizationId: 'org-vlg' }]);
    await expect(put.execute(convention.id, 'x', aViewer)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      put.execute(convention.id, 'x', { ...anOfficer, organizationId: 'org-dijon' }),
    ).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    expect(written).toHaveLength(1);
  });

  it('reads the caller’s organization’s note, empty when it wrote none; another organization’s stays its own', async () => {
    const { store, put, get } = notes();
    const convention = aStoredConvention(store, {
      parties: aStoredConvention(new InMemoryGovernance()).parties.map((party) =>
        party.name === 'Tiznit' ? { ...party, organizationId: 'org-tiznit' } : party,
      ),
    });
    expect(await get.execute(convention.id, anOfficer)).toEqual({ text: '' });
    await put.execute(convention.id, 'Note de Tiznit', { ...anOfficer, organizationId: 'org-tiznit' });
    expect(await get.execute(convention.id, anOfficer)).toEqual({ text: '' });
    expect(await get.execute(convention.id, { ...aViewer, organizationId: 'org-tiznit' })).toMatchObject({
      text: 'Note de Tiznit',
    });
  });
});
