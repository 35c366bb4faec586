import { Actor } from '@passerelle/domain';

export interface OrganizationNote {
  conventionId: string;
  organizationId: string;
  text: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** An organization's internal notes on a convention: visible to that organization alone. */
export abstract class NoteRepository {
  abstract get(conventionId: string, organizationId: string): Promise<OrganizationNote | null>;
  abstract put(
    conventionId: string,
    organizationId: string,
    text: string,
    actor: Actor,
  ): Promise<OrganizationNote>;
}
