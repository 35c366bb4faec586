import { Role } from '../accounts/actor';

/** Who owns the deadline in the recipient's organization, as the recipient sees it. */
export type OwnerRelation = 'self' | 'someone_else' | 'nobody';

export interface AudienceMember {
  role: Role;
  /** Follows the convention (officers by default; muted when false). */
  following: boolean;
  owner: OwnerRelation;
}

/**
 * Whether a reminder step reaches this user (who must follow the convention: a mute is kept).
 * The owner (named on the deadline, else the convention's lead officer for the organization)
 * gets every step. Before the escalation step nobody else is written to when the organization
 * named an owner; with no owner, every following officer is (as before owners existed). From the
 * escalation step on, every follower: officers, and viewers and admins.
 */
export function receivesReminder(member: AudienceMember, escalation: boolean): boolean {
  if (!member.following) return false;
  if (member.owner === 'self') return true;
  if (escalation) return true;
  return member.role === 'officer' && member.owner === 'nobody';
}

/** The owner in effect: the one named on the deadline, else the convention's lead officer. */
export function effectiveOwner(
  named: string | null | undefined,
  lead: string | null | undefined,
): string | null {
  return named ?? lead ?? null;
}

export function ownerRelation(userId: string, owner: string | null): OwnerRelation {
  return owner === null ? 'nobody' : owner === userId ? 'self' : 'someone_else';
}
