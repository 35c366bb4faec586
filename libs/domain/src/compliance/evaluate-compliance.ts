import { ConventionDocument, Party } from '../conventions/convention';
import { deriveConventionStatus } from '../conventions/convention-status';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { Deadline, DeadlineKind } from '../deadlines/deadline';
import { deadlineStatus } from '../deadlines/deadline-status';
import { daysInMonth, formatIsoDate, IsoDate, lastDayOfMonth, toYearMonthDay } from '../shared/calendar-date';
import { ComplianceFacts, ComplianceItem } from './compliance-item';
import { isFrench, isMoroccan } from '../conventions/party-country';
import { item } from './compliance-item-of';
import { foreignStateItem, maDeliberationItem, maVisaItem, prefectureReviewItem } from './both-shores-items';

type YearlyRule = 'action_plan_current_year' | 'committee_meeting_current_year' | 'evaluation_current_year';

/**
 * The compliance checklist of docs/compliance-rules.md as of `today`. Party rules apply to French parties
 * (CGCT art. L1115-1: council deliberation, contrôle de légalité); this year's obligations apply
 * only where a clause requires them and while the convention is in force.
 */
export function evaluateCompliance(
  doc: ConventionDocument,
  today: IsoDate,
  facts: ComplianceFacts,
): ComplianceItem[] {
  const frenchParties = doc.parties.filter((party) => isFrench(party.country));
  const moroccanParties = doc.parties.filter((party) => isMoroccan(party.country));
  const items: ComplianceItem[] = [
    ...deliberationItems(frenchParties),
    ...(moroccanParties.length === 0
      ? [item('ma_deliberation', true, 'not_applicable')]
      : moroccanParties.map(maDeliberationItem)),
    ...signatureItems(doc),
    ...transmissionItems(frenchParties),
  ];
  if (frenchParties.length === 0) items.push(item('prefecture_review', true, 'not_applicable'));
  items.push(...frenchParties.map((party) => prefectureReviewItem(party, today)));
  if (moroccanParties.length === 0) items.push(item('ma_visa', true, 'not_applicable'));
  items.push(...moroccanParties.map(maVisaItem));
  items.push(foreignStateItem(doc.parties));
  items.push(...statementItems(doc));

  const inForce = deriveConventionStatus(doc, today) === 'in_force';
  const year = toYearMonthDay(today).year;
  const thisYear = { from: formatIsoDate({ year, month: 1, day: 1 }), to: lastDayOfMonth(year, 12) };
  const judge = (rule: YearlyRule, required: boolean, due: () => Deadline[]): ComplianceItem => {
    if (!required) return item(rule, true, 'not_applicable');
    if (!inForce) return item(rule, true, 'not_in_force', { year });
    return judgeYear(rule, year, due(), today, facts);
  };

  const { actionPlan, committee, evaluation } = doc.clauses;
  items.push(
    judge('action_plan_current_year', Boolean(actionPlan), () => {
      // This year's plan may be due in another year (yearOffset -1: by 31 December of the year before).
      const dueYear = year + (actionPlan!.yearOffset ?? 0);
      const day = Math.min(actionPlan!.deadlineDay, daysInMonth(dueYear, actionPlan!.deadlineMonth));
      const dueOn = formatIsoDate({ year: dueYear, month: actionPlan!.deadlineMonth, day });
      return computeDeadlines(doc, { from: dueOn, to: dueOn }).filter(
        (deadline) => deadline.kind === 'action_plan' && deadline.planYear === year,
      );
    }),
  );
  items.push(
    judge('committee_meeting_current_year', Boolean(committee), () =>
      ofKind(doc, thisYear, 'committee_meeting'),
    ),
  );

  const minutesRequired = (committee?.minutesSignatories ?? []).length > 0;
  const unsigned = facts.unsignedMinutes ?? 0;
  if (!minutesRequired) items.push(item('minutes_signed', true, 'not_applicable'));
  else if (!inForce) items.push(item('minutes_signed', true, 'not_in_force', { year }));
  // « tous signés » before any meeting would be true but misleading.
  else if (facts.meetingsWithMinutes === 0) items.push(item('minutes_signed', true, 'no_meeting_yet'));
  else
    items.push(
      unsigned > 0
        ? item('minutes_signed', false, 'unsigned', { count: unsigned })
        : item('minutes_signed', true, 'ok'),
    );

  const evaluationRequired = Boolean(evaluation?.annual || evaluation?.beforeRenewal || evaluation?.atTerm);
  items.push(judge('evaluation_current_year', evaluationRequired, () => ofKind(doc, thisYear, 'evaluation')));
  return items;
}

/**
 * The checklist's items that depend on the document alone, none dated by `today` (deliberation,
 * signatures, prefecture transmission, object, financial commitment), in the order of
 * evaluateCompliance: what the dashboard's alerts show, without computing any deadline.
 */
export function documentComplianceItems(doc: ConventionDocument): ComplianceItem[] {
  const frenchParties = doc.parties.filter((party) => isFrench(party.country));
  return [
    ...deliberationItems(frenchParties),
    ...signatureItems(doc),
    ...transmissionItems(frenchParties),
    ...statementItems(doc),
  ];
}

function deliberationItems(frenchParties: Party[]): ComplianceItem[] {
  if (frenchParties.length === 0) return [item('deliberation_before_signature', true, 'not_applicable')];
  return frenchParties.map(deliberationItem);
}

function signatureItems(doc: ConventionDocument): ComplianceItem[] {
  return doc.parties.map(({ name: party, signedOn }) =>
    signedOn
      ? item('signatures_recorded', true, 'ok', { party, signedOn })
      : item('signatures_recorded', false, 'missing', { party }),
  );
}

function transmissionItems(frenchParties: Party[]): ComplianceItem[] {
  if (frenchParties.length === 0) return [item('prefecture_transmission', true, 'not_applicable')];
  return frenchParties.map(({ name: party, prefectureTransmissionOn }) =>
    prefectureTransmissionOn
      ? item('prefecture_transmission', true, 'ok', { party, transmittedOn: prefectureTransmissionOn })
      : item('prefecture_transmission', false, 'missing', { party }),
  );
}

function statementItems(doc: ConventionDocument): ComplianceItem[] {
  const commitments = doc.financialCommitments ?? [];
  return [
    doc.object?.trim() ? item('object_stated', true, 'ok') : item('object_stated', false, 'missing'),
    commitments.length > 0
      ? item('financial_commitment_stated', true, 'ok', { count: commitments.length })
      : item('financial_commitment_stated', false, 'missing'),
  ];
}

function ofKind(
  doc: ConventionDocument,
  window: { from: IsoDate; to: IsoDate },
  kind: DeadlineKind,
): Deadline[] {
  return computeDeadlines(doc, window).filter((deadline) => deadline.kind === kind);
}

/** Late and not done → not ok; recorded done/waived come from the facts, lateness from today. */
/** The council must deliberate before its representative signs (délibération préalable). */
function deliberationItem({ name: party, deliberationOn, signedOn }: Party): ComplianceItem {
  const rule = 'deliberation_before_signature';
  if (!deliberationOn) return item(rule, false, 'missing', { party });
  if (!signedOn) return item(rule, true, 'pending_signature', { party, deliberationOn });
  if (deliberationOn > signedOn)
    return item(rule, false, 'after_signature', { party, deliberationOn, signedOn });
  return item(rule, true, 'ok', { party, deliberationOn, signedOn });
}

function judgeYear(
  rule: YearlyRule,
  year: number,
  deadlines: Deadline[],
  today: IsoDate,
  facts: ComplianceFacts,
): ComplianceItem {
  if (deadlines.length === 0) return item(rule, true, 'none_this_year', { year });
  const statuses = deadlines.map((deadline) => {
    const recorded = facts.deadlines.find(
      (fact) => fact.kind === deadline.kind && fact.dueOn === deadline.dueOn,
    );
    const closed = recorded?.status === 'done' || recorded?.status === 'waived';
    return {
      dueOn: deadline.dueOn,
      status: closed ? recorded.status : deadlineStatus(deadline.dueOn, today),
    };
  });
  const overdue = statuses.find((entry) => entry.status === 'overdue');
  if (overdue) return item(rule, false, 'overdue', { year, dueOn: overdue.dueOn });
  const open = statuses.find((entry) => entry.status !== 'done' && entry.status !== 'waived');
  if (open) return item(rule, true, 'pending', { year, dueOn: open.dueOn });
  return item(rule, true, 'done', { year });
}
