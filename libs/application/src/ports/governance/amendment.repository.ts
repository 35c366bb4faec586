import { Actor, Amendment, AmendmentApproval } from '@passerelle/domain';

export type NewAmendment = Pick<Amendment, 'conventionId' | 'title' | 'text' | 'changes' | 'proposedOn'>;

/** Avenants and each party's answer; numbers follow each other per convention. */
export abstract class AmendmentRepository {
  abstract listOf(conventionId: string): Promise<Amendment[]>;
  abstract byId(id: string): Promise<Amendment | null>;
  abstract insert(amendment: NewAmendment, actor: Actor): Promise<Amendment>;
  abstract addApproval(id: string, approval: AmendmentApproval, actor: Actor): Promise<Amendment>;
}
