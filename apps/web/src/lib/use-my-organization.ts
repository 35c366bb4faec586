import { useApi } from './use-api';
import { useSession } from './session';

export interface MyOrganization {
  id: string;
  name: string;
  country: string;
  timezone: string;
}

/** The signed-in user's organization (none for a platform admin without one). */
export function useMyOrganization(): MyOrganization | null {
  const { me } = useSession();
  const organization = useApi<MyOrganization>(me?.organizationId ? '/api/me/organization' : null);
  return organization.data ?? null;
}
