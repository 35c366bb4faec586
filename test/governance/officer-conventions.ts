import { aConvention } from '@passerelle/testing';
import { TestApp } from '../support/test-app';

export type User = Awaited<ReturnType<TestApp['newUser']>>;
export const VLG = 'Villeneuve-la-Garenne';

export interface DeadlineView {
  kind: string;
  dueOn: string;
  status: string;
  record: { state: string; note: string | null } | null;
  about?: { missing?: string[] };
}

/**
 * What the governance specs do as the Villeneuve-la-Garenne officer. `officer` is read at each
 * call: a spec signs in again (a new agent) whenever it moves the clock.
 */
export function asOfficer(officer: () => User) {
  /** The Villeneuve-la-Garenne – Tiznit convention, its French party linked to the officer's organization. */
  async function vlgTiznit(overrides: Parameters<typeof aConvention>[0] = {}) {
    const doc = aConvention(overrides);
    doc.parties = doc.parties.map((party) =>
      party.name === VLG ? { ...party, organizationId: officer().organizationId } : party,
    );
    return (await officer().agent.post('/api/conventions').send(doc).expect(201)).body as { id: string };
  }

  const deadlines = async (id: string, from: string, to: string) =>
    (await officer().agent.get(`/api/conventions/${id}/deadlines`).query({ from, to }).expect(200))
      .body as DeadlineView[];
  const brief = (list: DeadlineView[]) => list.map((d) => `${d.kind} ${d.dueOn} ${d.status}`);

  return { vlgTiznit, deadlines, brief };
}
