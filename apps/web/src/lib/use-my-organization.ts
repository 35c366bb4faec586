import { useGet } from './use-api';
import { useSession } from './session';
import { components } from './types/api.generated';

/** GET /api/me/organization. */
export type MyOrganization = components['schemas']['OrganizationProfileDto'];

/** The signed-in user's organization (none for a platform admin without one). */
export function useMyOrganization(): MyOrganization | null {
  const { me } = useSession();
  const organization = useGet(me?.organizationId ? '/api/me/organization' : null);
  return organization.data ?? null;
}
