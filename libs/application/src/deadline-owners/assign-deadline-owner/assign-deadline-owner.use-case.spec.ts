import { Actor, DeadlineKind, IsoDate } from '@passerelle/domain';
import {
  aStoredConvention,
  anOfficer,
  aStranger,
  aViewer,
  InMemoryConventions,
  InMemoryGovernance,
} from '@passerelle/testing';
import { DeadlineOwnerRepository, NamedOwner, OfficerRef } from '../../ports/deadline-owner.repository';
import { SetLeadOfficerUseCase } from '../set-lead-officer/set-lead-officer.use-case';
import { AssignDeadlineOwnerUseCase } from './assign-deadline-owner.use-case';

const officers: Record<string, OfficerRef[]> = {
  'org-vlg': [
    { userId: 'u-officer', name: 'Agent VLG' },
    { userId: 'u-second', name: 'Second VLG' },
  ],
  'org-dijon': [{ userId: 'u-dijon', name: 'Agent Dijon' }],
};

/** Leads and named owners per organization, as the repository keeps them. */
function ownersInMemory() {
  const leads = new Map<string, OfficerRef>();
  const named = new Map<string, NamedOwner>();
  const key = (...parts: string[]) => parts.join('|');
  const find = (organizationId: string, userId: string) =>
    officers[organizationId].find((officer) => officer.userId === userId)!;
  const owners = {
    officers: (organizationId: string) => Promise.resolve(officers[organizationId] ?? []),
    lead: (conventionId: string, organizationId: string) =>
      Promise.resolve(leads.get(key(conventionId, organizationId)) ?? null),
    setLead: (conventionId: string, organizationId: string, userId: string | null) => {
      if (userId === null) leads.delete(key(conventionId, organizationId));
      else leads.set(key(conventionId, organizationId), find(organizationId, userId));
      return Promise.resolve(leads.get(key(conventionId, organizationId)) ?? null);
    },
    assign: (
      conventionId: string,
      organizationId: string,
      deadline: { kind: DeadlineKind; dueOn: IsoDate },
      userId: string | null,
    ) => {
      const at = key(conventionId, organizationId, deadline.kind, deadline.dueOn);
      if (userId === null) named.delete(at);
      else named.set(at, { ...find(organizationId, userId), ...deadline });
      return Promise.resolve(named.get(at) ?? null);
    },
  };
  return { leads, named, owners: owners as unknown as DeadlineOwnerRepository };
}

function world() {
  const store = new InMemoryGovernance();
  const conventions = new InMemoryConventions(store.conventions);
  const memory = ownersInMemory();
  return {
    ...memory,
    convention: aStoredConvention(store),
    assign: new AssignDeadlineOwnerUseCase(conventions, memory.owners, store.facts),
    setLead: new SetLeadOfficerUseCase(conventions, memory.owners),
  };
}

/** An admin belongs to no organization, so it chooses no owners. */
const admin: Actor = { ...anOfficer, userId: 'u-admin', role: 'admin', organizationId: null };

describe('SetLeadOfficerUseCase (in-memory ports)', () => {
  it('names an officer of the caller’s organization as lead, and null removes the lead', async () => {
    const { setLead, convention, leads } = world();
    expect(await setLead.execute(convention.id, 'u-second', anOfficer)).toEqual({
      lead: { userId: 'u-second', name: 'Second VLG' },
    });
    expect(await setLead.execute(convention.id, null, anOfficer)).toEqual({ lead: null });
    expect(leads.size).toBe(0);
  });

  it('refuses someone not an officer of the organization (400 on userId), a viewer (403), an admin without organization (403 on organizationId), a stranger (404)', async () => {
    const { setLead, convention, leads } = world();
    await expect(setLead.execute(convention.id, 'u-dijon', anOfficer)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'userId',
    });
    await expect(setLead.execute(convention.id, 'u-officer', aViewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(setLead.execute(convention.id, 'u-officer', admin)).rejects.toMatchObject({
      code: 'forbidden',
      field: 'organizationId',
    });
    await expect(setLead.execute(convention.id, 'u-dijon', aStranger)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    expect(leads.size).toBe(0);
  });
});

describe('AssignDeadlineOwnerUseCase (in-memory ports)', () => {
  it('names an owner on a deadline the convention has; null gives it back to the lead (byDefault)', async () => {
    const { assign, setLead, convention } = world();
    await setLead.execute(convention.id, 'u-officer', anOfficer);
    expect(
      await assign.execute(convention.id, 'committee_meeting', '2026-12-31', 'u-second', anOfficer),
    ).toEqual({
      kind: 'committee_meeting',
      dueOn: '2026-12-31',
      owner: { userId: 'u-second', name: 'Second VLG' },
      byDefault: false,
    });
    expect(await assign.execute(convention.id, 'committee_meeting', '2026-12-31', null, anOfficer)).toEqual({
      kind: 'committee_meeting',
      dueOn: '2026-12-31',
      owner: { userId: 'u-officer', name: 'Agent VLG' },
      byDefault: true,
    });
  });

  it('without a lead, giving a deadline back leaves it with nobody', async () => {
    const { assign, convention } = world();
    expect(
      await assign.execute(convention.id, 'committee_meeting', '2026-12-31', null, anOfficer),
    ).toMatchObject({ owner: null, byDefault: false });
  });

  it('refuses a deadline the convention does not have (404 on dueOn) and a non-officer (400 on userId), naming nobody', async () => {
    const { assign, convention, named } = world();
    await expect(
      assign.execute(convention.id, 'committee_meeting', '2026-12-30', 'u-second', anOfficer),
    ).rejects.toMatchObject({ code: 'not_found', field: 'dueOn' });
    await expect(
      assign.execute(convention.id, 'committee_meeting', '2026-12-31', 'u-dijon', anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'userId' });
    await expect(
      assign.execute(convention.id, 'committee_meeting', '2026-12-31', 'u-second', aViewer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(named.size).toBe(0);
  });
});
