import { Injectable } from '@nestjs/common';
import {
  Actor,
  apdDeclarationDueOn,
  apdSummary,
  ApdSummary,
  calendarDateIn,
  DeadlineStatus,
  DomainError,
  IsoDate,
  statusOfDeadline,
  StoredConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { ApdDeclarationRecord, LedgerLine, PaymentRepository } from '../../ports/payment.repository';
import { assertSeesOrganization } from '../aid-access';

export interface ApdDeclarationView extends Omit<ApdSummary, 'lines'> {
  organization: { id: string; name: string };
  lines: LedgerLine[];
  /** The `apd_declaration` deadline of the next year (due 31 May), when the organization owes one. */
  deadline: { kind: 'apd_declaration'; dueOn: IsoDate; status: DeadlineStatus } | null;
  declaration: ApdDeclarationRecord | null;
}

/** GET /api/organizations/:id/apd?year=Y (CONTRACT §7): the year's payments by that organization's parties. */
@Injectable()
export class GetApdDeclarationUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly payments: PaymentRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(organizationId: string, year: number, actor: Actor): Promise<ApdDeclarationView> {
    assertSeesOrganization(actor, organizationId);
    const organization = await this.payments.organization(organizationId);
    if (!organization) throw new DomainError('not_found', `organization ${organizationId} not found`, 'id');
    const lines = await this.payments.ofOrganization(organizationId, year);
    const summary = apdSummary(year, lines);
    const dueOn = apdDeclarationDueOn(year + 1);
    const [owed] = await this.payments.ownDeadlines(organizationId, dueOn, dueOn);
    const declaration =
      (await this.payments.declarations(organizationId)).find((record) => record.year === year) ?? null;
    const today = calendarDateIn(this.clock.now(), organization.timeZone);
    return {
      ...summary,
      lines: summary.lines as LedgerLine[],
      organization: { id: organization.id, name: organization.name },
      deadline: owed
        ? {
            kind: 'apd_declaration',
            dueOn,
            status: statusOfDeadline(owed, today, declaration ? { state: 'done' } : null),
          }
        : null,
      declaration,
    };
  }

  async conventionsOf(organizationId: string): Promise<StoredConvention[]> {
    const ids = await this.payments.conventionIdsOf(organizationId);
    const found = await Promise.all(ids.map((id) => this.conventions.findById(id)));
    return found.filter((convention): convention is StoredConvention => convention !== null);
  }
}
