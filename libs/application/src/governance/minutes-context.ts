import { clausesInForceOn, ConventionGovernance, DomainError, StoredConvention } from '@passerelle/domain';
import { GovernanceTransaction, Meeting, Minutes } from '../ports/governance.repository';

/** A version of the minutes with its meeting and the signatories the clause in force on its date names. */
export async function minutesInTransaction(
  tx: GovernanceTransaction,
  doc: StoredConvention,
  governance: Pick<ConventionGovernance, 'amendments'>,
  minutesId: string,
): Promise<{ minutes: Minutes; meeting: Meeting; signatories: string[] }> {
  const minutes = await tx.minutes(minutesId);
  if (!minutes) throw new DomainError('not_found', `minutes ${minutesId} not found`, 'id');
  const meeting = (await tx.meetings()).find((candidate) => candidate.id === minutes.meetingId)!;
  return { minutes, meeting, signatories: signatoriesOn(doc, governance, meeting) };
}

export function signatoriesOn(
  doc: StoredConvention,
  governance: Pick<ConventionGovernance, 'amendments'>,
  meeting: Pick<Meeting, 'heldOn'>,
): string[] {
  return clausesInForceOn(doc, governance.amendments, meeting.heldOn).committee?.minutesSignatories ?? [];
}

export function assertCurrent(minutes: Minutes, what: string): void {
  if (minutes.supersededAt) {
    throw new DomainError(
      'conflict',
      `${what}: version ${minutes.version} was corrected by a later version`,
      'id',
    );
  }
}
