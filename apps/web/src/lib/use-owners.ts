import { answered, client } from './client';
import { DeadlineKind } from './types';
import { components } from './types/api.generated';
import { useGet } from './use-api';

export type OfficerRef = components['schemas']['OfficerRefDto'];
/** GET /api/conventions/:id/owners. */
export type DeadlineOwners = components['schemas']['DeadlineOwnersViewDto'];

/** Who answers for the convention and each deadline in the user's organization (null: not a party). */
export function useOwners(conventionId: string, revision: number) {
  const owners = useGet('/api/conventions/{id}/owners', { params: { path: { id: conventionId } } }, revision);
  return {
    data: owners.data ?? null,
    ownerOf(kind: DeadlineKind, dueOn: string): { owner: OfficerRef | null; byDefault: boolean } {
      const named = owners.data?.owners.find((entry) => entry.kind === kind && entry.dueOn === dueOn);
      return named
        ? { owner: named, byDefault: false }
        : { owner: owners.data?.lead ?? null, byDefault: true };
    },
    setLead: (userId: string | null) =>
      answered(
        client.PUT('/api/conventions/{id}/lead-officer', {
          params: { path: { id: conventionId } },
          body: { userId },
        }),
      ),
    assign: (kind: DeadlineKind, dueOn: string, userId: string | null) =>
      answered(
        client.PUT('/api/conventions/{id}/deadlines/{kind}/{dueOn}/owner', {
          params: { path: { id: conventionId, kind, dueOn } },
          body: { userId },
        }),
      ),
  };
}
