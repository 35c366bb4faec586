import { aMeetingOf, aStoredConvention, anOfficer, useCaseOnMemory } from '@passerelle/testing';
import { CirculateMinutesUseCase } from '../circulate-minutes/circulate-minutes.use-case';
import { SignMinutesUseCase } from '../sign-minutes/sign-minutes.use-case';
import { WriteMinutesUseCase } from './write-minutes.use-case';

async function world() {
  const memory = await useCaseOnMemory(WriteMinutesUseCase, {
    also: [CirculateMinutesUseCase, SignMinutesUseCase],
  });
  const convention = aStoredConvention(memory.store);
  const meeting = await aMeetingOf(memory.store, convention);
  return {
    ...memory,
    write: memory.useCase,
    circulate: memory.get(CirculateMinutesUseCase),
    sign: memory.get(SignMinutesUseCase),
    convention,
    meeting,
  };
}

describe('WriteMinutesUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('sanitises the Markdown, refuses minutes left empty by it (400 on text), writes version 1 as a draft', async () => {
    const { write, store, convention, meeting } = await world();
    await expect(
      write.execute(convention, meeting.id, { text: '<script>alert(1)</script>' }, anOfficer),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(store.locks).toEqual([]);
    const draft = await write.execute(convention, meeting.id, { text: '# PV <b>x</b>' }, anOfficer);
    expect(draft).toMatchObject({ version: 1, status: 'draft', createdOn: '2026-03-13', text: '# PV x' });
    expect(draft.signatories).toEqual(['Président de Tiznit', 'Maire de Villeneuve-la-Garenne']);
  });

  it('corrects a draft in place, changes nothing for the same text, and makes a new version once circulated', async () => {
    const { write, store, convention, meeting } = await world();
    const first = await write.execute(convention, meeting.id, { text: 'PV' }, anOfficer);
    const corrected = await write.execute(convention, meeting.id, { text: 'PV corrigé' }, anOfficer);
    expect([corrected.id, corrected.version]).toEqual([first.id, 1]);
    const writes = store.writes.length;
    await write.execute(convention, meeting.id, { text: 'PV corrigé' }, anOfficer);
    expect(store.writes).toHaveLength(writes);
    await write.execute(convention, meeting.id, { text: 'PV corrigé', circulate: true }, anOfficer);
    const second = await write.execute(convention, meeting.id, { text: 'PV rectifié' }, anOfficer);
    expect(second).toMatchObject({ version: 2, current: true, status: 'draft' });
    expect(store.minutes.map((minutes) => [minutes.version, minutes.supersededAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
  });
});

describe('CirculateMinutesUseCase and SignMinutesUseCase (in-memory ports, clock at 2026-03-13)', () => {
  it('circulation cannot be dated in the future, and circulating twice changes nothing', async () => {
    const { write, circulate, store, convention, meeting } = await world();
    const draft = await write.execute(convention, meeting.id, { text: 'PV' }, anOfficer);
    await expect(
      circulate.execute(convention, draft.id, { on: '2026-03-14' }, anOfficer),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'on',
    });
    const circulated = await circulate.execute(convention, draft.id, {}, anOfficer);
    expect(circulated).toMatchObject({ status: 'awaiting_signatures', circulatedOn: '2026-03-13' });
    const writes = store.writes.length;
    await circulate.execute(convention, draft.id, { on: '2026-03-10' }, anOfficer);
    expect(store.writes).toHaveLength(writes);
  });

  it('refuses a signatory the clause does not name; the last signature makes them executory and closes the deadline', async () => {
    const { write, sign, store, convention, meeting } = await world();
    const draft = await write.execute(convention, meeting.id, { text: 'PV' }, anOfficer);
    await expect(
      sign.execute(convention, draft.id, { signatory: 'Préfet' }, anOfficer),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'signatory',
    });
    const one = await sign.execute(convention, draft.id, { signatory: 'Président de Tiznit' }, anOfficer);
    expect(one).toMatchObject({ status: 'awaiting_signatures', missing: ['Maire de Villeneuve-la-Garenne'] });
    expect(store.records).toEqual([]);
    const both = await sign.execute(
      convention,
      draft.id,
      { signatory: 'Maire de Villeneuve-la-Garenne', on: '2026-03-13' },
      anOfficer,
    );
    expect(both).toMatchObject({ status: 'executory', executoryOn: '2026-03-13', missing: [] });
    expect(store.records).toMatchObject([{ kind: 'minutes_signature', state: 'done', doneOn: '2026-03-13' }]);
  });

  it('refuses to sign a version a later one corrected (409)', async () => {
    const { write, circulate, sign, convention, meeting } = await world();
    const first = await write.execute(convention, meeting.id, { text: 'PV' }, anOfficer);
    await circulate.execute(convention, first.id, {}, anOfficer);
    await write.execute(convention, meeting.id, { text: 'PV rectifié' }, anOfficer);
    await expect(
      sign.execute(convention, first.id, { signatory: 'Président de Tiznit' }, anOfficer),
    ).rejects.toMatchObject({ code: 'conflict', field: 'id' });
  });
});
