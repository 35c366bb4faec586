import { FixedClock } from '@passerelle/domain';
import { anOfficer, aStranger, aViewer } from '@passerelle/testing';
import { PartyLinkRepository, PartyLinkStatus, PartyLinkView } from '../../ports/party-link.repository';
import { AnswerPartyLinkUseCase } from './answer-party-link.use-case';

const admin = { ...anOfficer, userId: 'u-admin', role: 'admin' as const, organizationId: null };
/** Tiznit's officer: the organization a Villeneuve-la-Garenne officer named as a party. */
const tiznit = { ...anOfficer, userId: 'u-tiznit', email: 'agent@tiznit.ma', organizationId: 'org-tiznit' };

const request: PartyLinkView = {
  id: 'pl-1',
  conventionId: 'c-1',
  conventionReference: 'VLG-TIZ',
  conventionTitle: 'Convention',
  partyName: 'Tiznit',
  organizationId: 'org-tiznit',
  organizationName: 'Tiznit',
  requestedByOrganizationId: 'org-vlg',
  requestedByOrganizationName: 'Villeneuve-la-Garenne',
  requestedAt: '2026-03-01T00:00:00.000Z',
  status: 'pending',
  answeredAt: null,
};

/** One request; answering it on a convention whose party was renamed since is withdrawn, as the repository does. */
function world(options: { partyRenamed?: boolean } = {}) {
  const links = new Map([[request.id, { ...request }]]);
  const answers: Array<{ id: string; decision: string; by: string; at: string }> = [];
  const repository = {
    findById: (id: string) => Promise.resolve(links.get(id) ?? null),
    answer: (id: string, decision: 'accepted' | 'refused', by: { email: string }, at: Date) => {
      answers.push({ id, decision, by: by.email, at: at.toISOString() });
      const status: PartyLinkStatus =
        decision === 'accepted' && options.partyRenamed ? 'withdrawn' : decision;
      const answered = { ...links.get(id)!, status, answeredAt: at.toISOString() };
      links.set(id, answered);
      return Promise.resolve(answered);
    },
  } as unknown as PartyLinkRepository;
  const clock = new FixedClock(new Date('2026-03-13T09:00:00Z'));
  return { links, answers, useCase: new AnswerPartyLinkUseCase(repository, clock) };
}

describe('AnswerPartyLinkUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('the named organization’s officer accepts, at the clock’s time, by their address', async () => {
    const { useCase, answers } = world();
    expect(await useCase.execute('pl-1', 'accepted', tiznit)).toMatchObject({
      status: 'accepted',
      answeredAt: '2026-03-13T09:00:00.000Z',
    });
    expect(answers).toEqual([
      { id: 'pl-1', decision: 'accepted', by: 'agent@tiznit.ma', at: '2026-03-13T09:00:00.000Z' },
    ]);
  });

  it('an admin may answer any request', async () => {
    const { useCase } = world();
    expect(await useCase.execute('pl-1', 'refused', admin)).toMatchObject({ status: 'refused' });
  });

  it('the requesting organization and any other are told it does not exist (404 on id), as is an unknown id', async () => {
    const { useCase, answers } = world();
    await expect(useCase.execute('pl-1', 'accepted', anOfficer)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    await expect(useCase.execute('pl-1', 'accepted', aStranger)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    await expect(useCase.execute('pl-404', 'accepted', admin)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    expect(answers).toEqual([]);
  });

  it('a viewer of the named organization may not answer (403)', async () => {
    const { useCase, answers } = world();
    await expect(
      useCase.execute('pl-1', 'accepted', { ...aViewer, organizationId: 'org-tiznit' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(answers).toEqual([]);
  });

  it('a request already answered is a 409 on status, and is not answered again', async () => {
    const { useCase, answers } = world();
    await useCase.execute('pl-1', 'refused', tiznit);
    await expect(useCase.execute('pl-1', 'accepted', tiznit)).rejects.toMatchObject({
      code: 'conflict',
      field: 'status',
    });
    expect(answers.map((answer) => answer.decision)).toEqual(['refused']);
  });

  it('accepting when the convention no longer names that party is a 409 on partyName', async () => {
    const { useCase, links } = world({ partyRenamed: true });
    await expect(useCase.execute('pl-1', 'accepted', tiznit)).rejects.toMatchObject({
      code: 'conflict',
      field: 'partyName',
    });
    expect(links.get('pl-1')?.status).toBe('withdrawn');
  });
});
