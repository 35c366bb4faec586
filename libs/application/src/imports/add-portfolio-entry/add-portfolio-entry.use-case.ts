import { Injectable } from '@nestjs/common';
import {
  Actor,
  assertOwnParty,
  Contact,
  DomainError,
  HistoryEvent,
  findPartyName,
  Project,
  visibilityScope,
} from '@passerelle/domain';
import { ConventionRepository } from '../../ports/convention.repository';
import { PortfolioRepository, PortfolioView } from '../../ports/portfolio.repository';

export type PortfolioEntry =
  | { kind: 'project'; project: Project }
  | { kind: 'history'; event: HistoryEvent }
  | { kind: 'contact'; contact: Contact };

/** An officer adds a project, a dated event or a contact to a convention their organization is party to. */
@Injectable()
export class AddPortfolioEntryUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly portfolio: PortfolioRepository,
  ) {}

  async execute(conventionId: string, entry: PortfolioEntry, actor: Actor): Promise<PortfolioView> {
    const convention = await this.conventions.findById(conventionId, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    assertOwnParty(actor, convention);
    const known = (name: string | null | undefined, field: string) => {
      if (name && !findPartyName(convention.parties, name))
        throw new DomainError('invalid_input', `${field}: not a party of this convention`, field);
    };
    if (entry.kind === 'project') {
      entry.project.budgetLines.forEach((line, index) => {
        if (line.contributorKind === 'party') known(line.contributor, `budgetLines[${index}].contributor`);
      });
      await this.portfolio.addProject(conventionId, entry.project);
    } else if (entry.kind === 'history') {
      known(entry.event.party, 'party');
      await this.portfolio.addHistoryEvent(conventionId, entry.event);
    } else {
      known(entry.contact.party, 'party');
      if (!entry.contact.party) throw new DomainError('invalid_input', 'party: required', 'party');
      await this.portfolio.addContact(conventionId, entry.contact);
    }
    return this.portfolio.get(conventionId);
  }
}
