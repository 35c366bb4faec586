import {
  AmendmentStanding,
  amendmentStanding,
  ConventionDocument,
  IsoDate,
  MinutesStatus,
  minutesStanding,
  renderMarkdown,
  Vote,
} from '@passerelle/domain';
import { Amendment, Decision, Meeting, Minutes, StoredFile } from '../ports/governance.repository';

export interface GovernanceWarning {
  code: 'host_not_alternating' | 'missed_meeting';
  /** In the caller's language. */
  message: string;
  meetingId?: string;
  heldOn?: IsoDate;
  previousMeetingId?: string;
  previousHeldOn?: IsoDate;
  /** host_not_alternating: the country (or party) that hosted twice in a row. */
  repeated?: string;
  /** missed_meeting: the part of the year without a meeting, and its deadline. */
  period?: { from: IsoDate; to: IsoDate };
  dueOn?: IsoDate;
}

export interface MeetingView extends Meeting {
  warnings: GovernanceWarning[];
}

export interface FileView extends StoredFile {
  /** Where to download it (the API's own route). */
  url: string;
}

export interface MinutesView {
  id: string;
  meetingId: string;
  conventionId: string;
  version: number;
  /** The latest version; earlier ones are kept as history. */
  current: boolean;
  status: MinutesStatus;
  executoryOn: IsoDate | null;
  circulatedOn: IsoDate | null;
  /** Sanitised Markdown, and its safe HTML rendering. */
  text: string;
  html: string;
  signatories: string[];
  signatures: Minutes['signatures'];
  missing: string[];
  attachments: FileView[];
  createdOn: IsoDate;
  createdBy: string | null;
  createdAt: string;
  supersededAt: string | null;
}

export interface DecisionView extends Decision {
  tally: Record<Vote, number>;
}

export interface MeetingDetailView extends MeetingView {
  decisions: DecisionView[];
  /** Every version of the minutes, latest last. */
  minutes: MinutesView[];
}

export type AmendmentView = Amendment & Omit<AmendmentStanding, 'rule'> & { rule: AmendmentStanding['rule'] };

export function fileView(file: StoredFile): FileView {
  return { ...file, url: `/api/files/${file.id}` };
}

export function minutesView(minutes: Minutes, signatories: string[], attachments: StoredFile[]): MinutesView {
  const standing = minutesStanding(minutes, signatories);
  return {
    id: minutes.id,
    meetingId: minutes.meetingId,
    conventionId: minutes.conventionId,
    version: minutes.version,
    current: minutes.supersededAt === null,
    status: standing.status,
    executoryOn: standing.executoryOn,
    circulatedOn: minutes.circulatedOn,
    text: minutes.text,
    html: renderMarkdown(minutes.text),
    signatories,
    signatures: minutes.signatures,
    missing: standing.missing,
    attachments: attachments.filter((file) => file.minutesId === minutes.id).map(fileView),
    createdOn: minutes.createdOn,
    createdBy: minutes.createdBy,
    createdAt: minutes.createdAt,
    supersededAt: minutes.supersededAt,
  };
}

export function decisionView(decision: Decision): DecisionView {
  const tally: Record<Vote, number> = { for: 0, against: 0, abstain: 0, absent: 0 };
  for (const { vote } of decision.votes) tally[vote] += 1;
  return { ...decision, tally };
}

export function amendmentView(doc: ConventionDocument, amendment: Amendment): AmendmentView {
  return {
    ...amendment,
    ...amendmentStanding(doc.clauses.amendment?.rule, doc.parties, amendment.approvals),
  };
}
