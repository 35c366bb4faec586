import { Injectable, Optional } from '@nestjs/common';
import {
  Actor,
  calendarDateIn,
  clausesInForceOn,
  ComplianceRule,
  DomainError,
  evaluateCompliance,
  isIsoDate,
  visibilityScope,
} from '@passerelle/domain';
import { formatDateLong, Locale, translate } from '@passerelle/i18n';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { DeadlineRepository } from '../../ports/deadline.repository';
import { GovernanceReader } from '../../ports/governance-reader';
import { governanceOf } from '../../governance/convention-governance';

/** docs/compliance-rules.md: `{rule, ok, detail}`, the detail a sentence in the caller's language. */
export interface ComplianceView {
  rule: ComplianceRule;
  ok: boolean;
  detail: string;
  messageKey: string;
  params: Record<string, string | number>;
}

@Injectable()
export class GetComplianceUseCase {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly clock: ClockPort,
    @Optional() private readonly governance?: GovernanceReader,
  ) {}

  async execute(conventionId: string, locale: Locale, actor: Actor): Promise<ComplianceView[]> {
    const convention = await this.conventions.findById(conventionId, visibilityScope(actor));
    if (!convention) throw new DomainError('not_found', `convention ${conventionId} not found`, 'id');
    const today = calendarDateIn(this.clock.now(), convention.timeZone);
    const records = await this.deadlines.recordsFor(conventionId);
    const governance = await governanceOf(this.governance, convention, today);
    // Judged by the clauses in force today (as amended), with the minutes still awaiting a signature.
    const amended = { ...convention, clauses: clausesInForceOn(convention, governance.amendments, today) };
    const items = evaluateCompliance(amended, today, {
      deadlines: records.map((record) => ({ kind: record.kind, dueOn: record.dueOn, status: record.state })),
      unsignedMinutes: governance.unsignedMinutes,
      meetingsWithMinutes: governance.meetingsWithMinutes,
    });
    return items.map((item) => {
      const shown = Object.fromEntries(
        Object.entries(item.params).map(([name, value]) => [
          name,
          typeof value === 'string' && isIsoDate(value) ? formatDateLong(value, locale) : value,
        ]),
      );
      if (typeof item.params.authority === 'string') {
        shown.authorityLabel = translate(locale, `visa.authority.${item.params.authority}`);
      }
      return {
        rule: item.rule,
        ok: item.ok,
        detail: translate(locale, item.messageKey, shown),
        messageKey: item.messageKey,
        params: item.params,
      };
    });
  }
}
