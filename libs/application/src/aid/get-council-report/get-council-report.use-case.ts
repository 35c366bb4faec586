import { Injectable } from '@nestjs/common';
import {
  Actor,
  calendarDateIn,
  ConventionStatus,
  deriveConventionStatus,
  ExecutorySide,
  executorySides,
  inForceDuringYear,
  IsoDate,
  isFrench,
  StoredConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ActionPlan, Decision, Evaluation, Meeting } from '@passerelle/domain';
import { ActionPlanRepository, EvaluationRepository, MeetingRepository } from '../../ports/governance';
import { PaymentRepository } from '../../ports/payment.repository';
import { GetApdDeclarationUseCase } from '../get-apd-declaration/get-apd-declaration.use-case';
import { assertSeesOrganization } from '../aid-access';

export interface CouncilReport {
  year: number;
  today: IsoDate;
  organization: { id: string; name: string };
  conventions: Array<{
    id: string;
    reference: string;
    title: string;
    /** As of 31 December of the year (or today, for the current year). */
    status: ConventionStatus;
    executory: ExecutorySide[];
    partners: Array<{ name: string; country: string }>;
  }>;
  meetings: Array<Meeting & { reference: string; decisions: Decision[] }>;
  actionPlans: Array<ActionPlan & { reference: string }>;
  evaluations: Array<Evaluation & { reference: string }>;
  /** Per partner, country and currency: forecast commitments of the year against what was paid. */
  money: Array<{
    reference: string;
    partner: string;
    country: string;
    currency: string;
    committed: number;
    paid: number;
  }>;
}

const cents = (value: number) => Math.round(value * 100) / 100;

/** The yearly report to the council on external action (conventions, meetings, plans, money). */
@Injectable()
export class GetCouncilReportUseCase {
  constructor(
    private readonly apd: GetApdDeclarationUseCase,
    private readonly payments: PaymentRepository,
    private readonly meetings: MeetingRepository,
    private readonly actionPlans: ActionPlanRepository,
    private readonly evaluations: EvaluationRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(organizationId: string, year: number, actor: Actor): Promise<CouncilReport> {
    assertSeesOrganization(actor, organizationId);
    const declaration = await this.apd.execute(organizationId, year, actor);
    const all = await this.apd.conventionsOf(organizationId);
    const ofYear = all.filter((convention) => inForceDuringYear(convention, year));
    const now = this.clock.now();
    const organization = await this.payments.organization(organizationId);
    // The report is dated in the organization's zone; each convention's state in its own zone.
    const today = calendarDateIn(now, organization?.timeZone ?? 'UTC');
    const asOfIn = (timeZone: string) => {
      const day = calendarDateIn(now, timeZone);
      return day < `${year}-12-31` ? day : `${year}-12-31`;
    };
    const inYear = (day: IsoDate) => day.startsWith(`${year}-`);

    const report: CouncilReport = {
      year,
      today,
      organization: declaration.organization,
      conventions: [],
      meetings: [],
      actionPlans: [],
      evaluations: [],
      money: [],
    };
    for (const convention of ofYear) {
      const own = convention.parties.filter((party) => party.organizationId === organizationId);
      const asOf = asOfIn(convention.timeZone);
      report.conventions.push({
        id: convention.id,
        reference: convention.reference,
        title: convention.title,
        status: deriveConventionStatus(convention, asOf),
        executory: executorySides(convention, asOf),
        partners: convention.parties
          .filter((party) => !own.includes(party))
          .map(({ name, country }) => ({ name, country })),
      });
      for (const meeting of (await this.meetings.listOf(convention.id)).filter((m) => inYear(m.heldOn))) {
        report.meetings.push({
          ...meeting,
          reference: convention.reference,
          decisions: await this.meetings.decisionsOf(meeting.id),
        });
      }
      for (const plan of (await this.actionPlans.listOf(convention.id)).filter((p) => p.year === year)) {
        report.actionPlans.push({ ...plan, reference: convention.reference });
      }
      for (const evaluation of (await this.evaluations.listOf(convention.id)).filter((e) =>
        inYear(e.presentedOn),
      )) {
        report.evaluations.push({ ...evaluation, reference: convention.reference });
      }
      report.money.push(
        ...moneyOf(
          convention,
          own.map((party) => party.name),
          declaration.lines,
          year,
        ),
      );
    }
    report.meetings.sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1));
    return report;
  }
}

function moneyOf(
  convention: StoredConvention,
  ownNames: string[],
  lines: ReadonlyArray<{
    conventionId: string;
    party: string;
    currency: string;
    amount: number;
    country: string;
  }>,
  year: number,
): CouncilReport['money'] {
  const partners = convention.parties.filter((party) => !ownNames.includes(party.name));
  const foreign = partners.filter((party) => !isFrench(party.country));
  const partner = (foreign.length ? foreign : partners).map((party) => party.name).join(', ');
  const rows = new Map<string, CouncilReport['money'][number]>();
  const row = (country: string, currency: string) => {
    const key = `${country}|${currency}`;
    let found = rows.get(key);
    if (!found) {
      found = { reference: convention.reference, partner, country, currency, committed: 0, paid: 0 };
      rows.set(key, found);
    }
    return found;
  };
  const country = (foreign[0] ?? partners[0])?.country ?? '';
  for (const commitment of convention.financialCommitments ?? []) {
    if (commitment.year === year && ownNames.includes(commitment.party)) {
      row(country, commitment.currency).committed += commitment.amount;
    }
  }
  for (const line of lines) {
    if (line.conventionId === convention.id) row(line.country, line.currency).paid += line.amount;
  }
  return [...rows.values()].map((entry) => ({
    ...entry,
    committed: cents(entry.committed),
    paid: cents(entry.paid),
  }));
}
