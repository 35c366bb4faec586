import { api } from './api';
import { DeadlineKind } from './types';
import { useApi } from './use-api';

export interface OfficerRef {
  userId: string;
  name: string;
}

export interface DeadlineOwners {
  organizationId: string;
  lead: OfficerRef | null;
  owners: Array<OfficerRef & { kind: DeadlineKind; dueOn: string }>;
  officers: OfficerRef[];
}

/** Who answers for the convention and each deadline in the user's organization (null: not a party). */
export function useOwners(conventionId: string, revision: number) {
  const owners = useApi<DeadlineOwners>(`/api/conventions/${conventionId}/owners`, revision);
  const base = `/api/conventions/${encodeURIComponent(conventionId)}`;
  return {
    data: owners.data ?? null,
    ownerOf(kind: DeadlineKind, dueOn: string): { owner: OfficerRef | null; byDefault: boolean } {
      const named = owners.data?.owners.find((entry) => entry.kind === kind && entry.dueOn === dueOn);
      return named
        ? { owner: named, byDefault: false }
        : { owner: owners.data?.lead ?? null, byDefault: true };
    },
    setLead: (userId: string | null) => api(`${base}/lead-officer`, { method: 'PUT', body: { userId } }),
    assign: (kind: DeadlineKind, dueOn: string, userId: string | null) =>
      api(`${base}/deadlines/${kind}/${dueOn}/owner`, { method: 'PUT', body: { userId } }),
  };
}
