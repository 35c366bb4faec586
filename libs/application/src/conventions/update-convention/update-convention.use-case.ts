import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  assertCanWrite,
  assertOwnParty,
  Clauses,
  ConventionDocument,
  DomainError,
  holdForeignLinks,
  newLinks,
  visibilityScope,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { GovernedConventions } from '../../ports/governance';
import { governanceOf } from '../../governance/convention-governance';
import { assertValidConvention } from '../assert-valid-convention';
import { ConventionView, deriveColumns, toConventionView } from '../convention-view';

/** A partial document: top-level fields replace, `clauses` merge per clause (null removes one). */
export type ConventionPatch = Partial<Omit<ConventionDocument, 'clauses'>> & {
  clauses?: { [K in keyof Clauses]?: Clauses[K] | null };
};

@Injectable()
export class UpdateConventionUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly clock: ClockPort,
    private readonly governed: GovernedConventions,
    private readonly governance: GovernanceReader,
  ) {}

  /**
   * One unit of work under the convention's row lock (the one governance changes take): the patch
   * applies to the latest document, and the amendments read are those the write sees.
   */
  @Transactional()
  async execute(id: string, patch: ConventionPatch, actor: Actor): Promise<ConventionView> {
    const visible = await this.conventions.findById(id, visibilityScope(actor));
    if (!visible) throw new DomainError('not_found', `convention ${id} not found`, 'id');
    assertCanWrite(actor);
    const current = await this.governed.lock(id);
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...document } = current;
    const clauses: Clauses = { ...document.clauses };
    for (const [kind, clause] of Object.entries(patch.clauses ?? {})) {
      if (clause === undefined) continue;
      if (clause === null) delete clauses[kind as keyof Clauses];
      else (clauses as Record<string, unknown>)[kind] = clause;
    }
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const written = { ...document, ...given, clauses, timeZone: patch.timeZone ?? document.timeZone };
    // Re-linking a party to another organization asks that organization first.
    const { doc: merged, requests } = holdForeignLinks(actor, written, document);
    // An officer cannot hand the convention away by unlinking their own organization.
    assertOwnParty(actor, merged);
    assertValidConvention(merged);
    // Amendments in force and meetings' minutes keep shaping the stored deadlines.
    const governance = await governanceOf(this.governance, { ...merged, id });
    const partyLinks = {
      requests,
      direct: actor.role === 'admin' ? newLinks(merged, document) : [],
      requestedAt: this.clock.now(),
    };
    const stored = await this.conventions.replace(
      id,
      merged,
      { ...deriveColumns(merged, this.clock.now(), governance), partyLinks },
      actor,
    );
    return toConventionView(stored, this.clock.now(), governance.amendments);
  }
}
