import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConventionDocument } from '@passerelle/domain';
import { TestApp } from '../support/test-app';

export const vlgSeed = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '..', '..', 'seeds', 'conventions', 'villeneuve-la-garenne-tiznit.json'),
    'utf8',
  ),
) as ConventionDocument;

export interface VlgOptions {
  timezone?: string;
  language?: 'fr' | 'en';
  markOldDone?: boolean;
  onlyNotice?: boolean;
}

/** The VLG – Tiznit seed, its French party linked to a fresh organization with one officer. */
export async function vlgWithOfficer(t: TestApp, options: VlgOptions = {}) {
  const officer = await t.newUser('officer', {
    name: `Villeneuve ${Math.random()}`,
    country: 'FR',
    timezone: options.timezone ?? 'Europe/Paris',
  });
  if (options.language) await officer.agent.patch('/api/me').send({ language: options.language }).expect(200);
  const doc = {
    ...vlgSeed,
    // Dated as before the seed followed its text (after_approvals, visa pending): in force since the receipt.
    effectiveOn: '2023-01-03',
    clauses: { ...vlgSeed.clauses, evaluation: { ...vlgSeed.clauses.evaluation!, annual: false } },
    reference: `VLG-${Math.random().toString(36).slice(2, 8)}`,
    parties: vlgSeed.parties.map((party) =>
      party.country === 'FR' ? { ...party, organizationId: officer.organizationId } : party,
    ),
  };
  const convention = (await officer.agent.post('/api/conventions').send(doc).expect(201)).body as {
    id: string;
  };
  if (options.markOldDone !== false) {
    for (const kind of ['action_plan', 'committee_meeting']) {
      await officer.agent
        .post(`/api/conventions/${convention.id}/deadlines/${kind}/2024-12-31/done`)
        .send({ doneOn: '2024-12-15' })
        .expect(200);
    }
    // The organization's own declarations of those years (apd_declaration) are filed too.
    for (const year of [2023, 2024]) {
      await officer.agent
        .post(`/api/organizations/${officer.organizationId}/apd/${year}/declaration`)
        .send({})
        .expect(200);
    }
  }
  // The creation scheduled what is due today (here also the expiry's J-180, as a catch-up):
  // tests about one mail keep the renewal notice alone (the others cancelled, so no sweep
  // schedules them again).
  if (options.onlyNotice)
    await t.sql(
      `UPDATE reminders SET status = 'cancelled' WHERE convention_id = $1 AND kind <> 'renewal_notice'`,
      [convention.id],
    );
  return { officer, convention };
}
