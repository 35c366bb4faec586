import {
  ConventionGovernance,
  Meeting,
  MeetingDependants,
  minutesStanding,
  StoredConvention,
} from '@passerelle/domain';
import {
  ActionPlanRepository,
  EvaluationRepository,
  MeetingRepository,
  MinutesRepository,
} from '../ports/governance';
import { signatoriesOn } from './minutes-context';

export interface MeetingDependantPorts {
  meetings: MeetingRepository;
  minutes: MinutesRepository;
  plans: ActionPlanRepository;
  evaluations: EvaluationRepository;
}

/** What was built on a meeting, for the rules of correcting and deleting it (assertMeeting…). */
export async function meetingDependants(
  ports: MeetingDependantPorts,
  doc: StoredConvention,
  governance: Pick<ConventionGovernance, 'amendments'>,
  meeting: Meeting,
): Promise<MeetingDependants> {
  const signatories = signatoriesOn(doc, governance, meeting);
  const answered = (await ports.meetings.decisionsOf(meeting.id))
    .map((decision) => decision.agendaItem)
    .filter((item): item is number => item !== null);
  return {
    minutes: (await ports.minutes.ofMeeting(meeting.id)).map((minutes) => ({
      version: minutes.version,
      status: minutesStanding(minutes, signatories).status,
      signedOn: minutes.signatures.map((signature) => signature.signedOn),
    })),
    actionPlans: (await ports.plans.listOf(doc.id)).filter((plan) => plan.meetingId === meeting.id).length,
    evaluations: (await ports.evaluations.listOf(doc.id)).filter((e) => e.meetingId === meeting.id).length,
    highestAnsweredAgendaItem: answered.length ? Math.max(...answered) : null,
  };
}
