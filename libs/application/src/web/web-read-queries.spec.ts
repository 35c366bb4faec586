import { Actor, VisibilityScope } from '@passerelle/domain';
import { ConventionIndexEntry, FollowChoice, WebReadModel } from '../ports/web-read-model';
import { ListConventionIndexUseCase } from './list-convention-index/list-convention-index.use-case';
import { ListFollowChoicesUseCase } from './list-follow-choices/list-follow-choices.use-case';

/** Remembers the scope each query was asked with. */
class RecordingReadModel extends WebReadModel {
  readonly asked: Array<{ userId?: string; scope: VisibilityScope }> = [];
  async conventionIndex(scope: VisibilityScope): Promise<ConventionIndexEntry[]> {
    this.asked.push({ scope });
    return [];
  }
  async followChoices(userId: string, scope: VisibilityScope): Promise<FollowChoice[]> {
    this.asked.push({ userId, scope });
    return [];
  }
}

const actor = (role: Actor['role']): Actor => ({
  userId: `u-${role}`,
  email: `${role}@ville.fr`,
  role,
  organizationId: role === 'admin' ? null : 'org-1',
  language: 'fr',
});

describe('the web app’s read queries ask the read model within the actor’s scope', () => {
  it.each([
    ['admin', { kind: 'all' }],
    ['officer', { kind: 'organization', organizationId: 'org-1' }],
    ['viewer', { kind: 'organization', organizationId: 'org-1' }],
  ] as const)('%s', async (role, scope) => {
    const readModel = new RecordingReadModel();
    await new ListConventionIndexUseCase(readModel).execute(actor(role));
    await new ListFollowChoicesUseCase(readModel).execute(actor(role));
    expect(readModel.asked).toEqual([{ scope }, { userId: `u-${role}`, scope }]);
  });
});
