import { Actor, DeadlineKind, IsoDate } from '@passerelle/domain';

export interface OfficerRef {
  userId: string;
  name: string;
}

/** An owner named on one deadline, in one organization. */
export interface NamedOwner extends OfficerRef {
  kind: DeadlineKind;
  dueOn: IsoDate;
}

export interface OrganizationProfile {
  id: string;
  name: string;
  country: string;
  timezone: string;
}

/** Per organization: the convention's lead officer and the owners named on its deadlines. */
export abstract class DeadlineOwnerRepository {
  /** The organization's active officers: who may lead a convention or own a deadline. */
  abstract officers(organizationId: string): Promise<OfficerRef[]>;
  abstract organization(organizationId: string): Promise<OrganizationProfile | null>;
  abstract lead(conventionId: string, organizationId: string): Promise<OfficerRef | null>;
  /** Null removes the lead. Audited in the same transaction. */
  abstract setLead(
    conventionId: string,
    organizationId: string,
    userId: string | null,
    actor: Actor,
  ): Promise<OfficerRef | null>;
  abstract named(conventionId: string, organizationId: string): Promise<NamedOwner[]>;
  /** Null gives the deadline back to the lead. Audited in the same transaction; a repeat changes nothing. */
  abstract assign(
    conventionId: string,
    organizationId: string,
    deadline: { kind: DeadlineKind; dueOn: IsoDate },
    userId: string | null,
    actor: Actor,
  ): Promise<NamedOwner | null>;
  /** The conventions the user leads, and the deadlines named to anyone in the organization on them and on others. */
  abstract ownershipOf(
    organizationId: string,
  ): Promise<{ leads: Map<string, OfficerRef>; named: Map<string, NamedOwner & { conventionId: string }> }>;
}

export const ownerKey = (conventionId: string, kind: string, dueOn: string) =>
  `${conventionId}|${kind}|${dueOn}`;
