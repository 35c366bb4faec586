import { MEETINGS_PER_YEAR } from '../clauses/clauses';
import { isIsoDate } from '../shared/calendar-date';
import { FieldProblem } from '../shared/domain-error';
import { ConventionDocument } from './convention';
import { isMoroccan } from './party-country';
import { nameScriptProblem } from './party-name-script';

/**
 * Rules that span several fields of a convention document; shapes and types are checked at the
 * edge. Returns every problem found, each naming its field.
 */
export function validateConvention(doc: ConventionDocument): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if (doc.parties.length < 2) add('parties', 'a convention needs at least two parties');
  const names = new Set<string>();
  doc.parties.forEach((party, index) => {
    const key = party.name.trim().toLowerCase();
    if (names.has(key)) add(`parties[${index}].name`, `duplicate party name "${party.name}"`);
    names.add(key);
    const script = nameScriptProblem(party.name);
    if (script) add(`parties[${index}].name`, script);
    if (party.visaOn && !isMoroccan(party.country)) {
      add(`parties[${index}].visaOn`, 'a visa is recorded for a Moroccan party only (country MA)');
    }
    if (party.visaOn && party.deliberationOn && party.visaOn < party.deliberationOn) {
      add(
        `parties[${index}].visaOn`,
        `the visa cannot precede the council's deliberation (${party.deliberationOn})`,
      );
    }
  });

  (doc.financialCommitments ?? []).forEach((commitment, index) => {
    if (!names.has(commitment.party.trim().toLowerCase())) {
      add(`financialCommitments[${index}].party`, `"${commitment.party}" is not one of the parties`);
    }
  });

  const { term, renewal, committee, actionPlan } = doc.clauses;
  if (term) {
    if (term.start === 'fixed_date' && !term.startDate) {
      add('clauses.term.startDate', 'required when the term starts on a fixed date');
    }
    if (term.startDate && !isIsoDate(term.startDate)) add('clauses.term.startDate', 'not a calendar date');
    if (!term.indefinite && !term.durationMonths) {
      add('clauses.term.durationMonths', 'required unless the term is indefinite');
    }
    if (term.indefinite && renewal && renewal.mode !== 'none') {
      add('clauses.renewal.mode', 'an indefinite term cannot be renewed');
    }
  }
  if (renewal && renewal.mode !== 'none' && !term) {
    add('clauses.term', 'a renewal clause needs a term clause');
  }
  if (renewal?.noticeMonths && renewal.noticeDays) {
    add('clauses.renewal.noticeDays', 'give the notice in months or in days, not both');
  }
  const termination = doc.clauses.termination;
  if (termination?.noticeMonths && termination.noticeDays) {
    add('clauses.termination.noticeDays', 'give the notice in months or in days, not both');
  }
  if (
    committee?.minMeetingsPerYear !== undefined &&
    !MEETINGS_PER_YEAR.includes(committee.minMeetingsPerYear)
  ) {
    add('clauses.committee.minMeetingsPerYear', `must be one of ${MEETINGS_PER_YEAR.join(', ')}`);
  }
  if (actionPlan) {
    // 29 February is accepted: it is clamped to the 28th in common years.
    const maxDay = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][actionPlan.deadlineMonth - 1] ?? 31;
    if (actionPlan.deadlineDay > maxDay) {
      add(
        'clauses.actionPlan.deadlineDay',
        `month ${actionPlan.deadlineMonth} has no day ${actionPlan.deadlineDay}`,
      );
    }
  }
  if (doc.terminatedOn && doc.effectiveOn && doc.terminatedOn < doc.effectiveOn) {
    add('terminatedOn', 'cannot be before effectiveOn');
  }
  return problems;
}
