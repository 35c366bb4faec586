import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DecisionView,
  FileView,
  GovernanceWarning,
  MeetingDetailView,
  MinutesView,
} from '@passerelle/application';
import {
  DECISION_RULES,
  DecisionRule,
  FileKind,
  MINUTES_STATUSES,
  MinutesStatus,
  Vote,
  VOTES,
} from '@passerelle/domain';

/*
 * What GET and PATCH /api/meetings/:id answer, described for the OpenAPI document (and so for
 * the web app's generated types, apps/web/src/lib/types/api.generated.ts). Each class
 * `implements` the use case's view: a field added there and not here fails to compile.
 */

const DATE = { format: 'date', example: '2026-03-12' } as const;

export class PeriodDto {
  @ApiProperty(DATE) from: string;
  @ApiProperty(DATE) to: string;
}

export class GovernanceWarningDto implements GovernanceWarning {
  @ApiProperty({ enum: ['host_not_alternating', 'missed_meeting'] })
  code: 'host_not_alternating' | 'missed_meeting';
  @ApiProperty({ description: 'in the caller’s language' }) message: string;
  @ApiPropertyOptional() meetingId?: string;
  @ApiPropertyOptional(DATE) heldOn?: string;
  @ApiPropertyOptional() previousMeetingId?: string;
  @ApiPropertyOptional(DATE) previousHeldOn?: string;
  @ApiPropertyOptional({ description: 'host_not_alternating: who hosted twice in a row' }) repeated?: string;
  @ApiPropertyOptional({ type: PeriodDto }) period?: PeriodDto;
  @ApiPropertyOptional(DATE) dueOn?: string;
}

export class AgendaItemViewDto {
  @ApiProperty() title: string;
  @ApiPropertyOptional({ type: String, nullable: true }) description?: string | null;
}

export class AttendeeViewDto {
  @ApiProperty() party: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) role?: string | null;
}

export class PartyVoteDto {
  @ApiProperty() party: string;
  @ApiProperty({ enum: VOTES }) vote: Vote;
}

export class TallyDto implements Record<Vote, number> {
  @ApiProperty() for: number;
  @ApiProperty() against: number;
  @ApiProperty() abstain: number;
  @ApiProperty() absent: number;
}

export class DecisionViewDto implements DecisionView {
  @ApiProperty() id: string;
  @ApiProperty() meetingId: string;
  @ApiProperty() subject: string;
  @ApiProperty({ type: Number, nullable: true, description: 'index in the agenda, from 0' })
  agendaItem: number | null;
  @ApiProperty({ enum: DECISION_RULES }) rule: DecisionRule;
  @ApiProperty() adopted: boolean;
  @ApiProperty({ type: [String] }) blockedBy: string[];
  @ApiProperty({ type: [PartyVoteDto] }) votes: PartyVoteDto[];
  @ApiProperty({ type: TallyDto }) tally: TallyDto;
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SignatureDto {
  @ApiProperty() signatory: string;
  @ApiProperty(DATE) signedOn: string;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
}

export class FileViewDto implements FileView {
  @ApiProperty() id: string;
  @ApiProperty() conventionId: string;
  @ApiProperty({ type: String }) kind: FileKind;
  @ApiProperty({ type: String, nullable: true }) minutesId: string | null;
  @ApiProperty({ type: String, nullable: true }) evaluationId: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty() filename: string;
  @ApiProperty() contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ type: String, nullable: true }) uploadedBy: string | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiProperty({ description: 'where to download it' }) url: string;
}

export class MinutesViewDto implements MinutesView {
  @ApiProperty() id: string;
  @ApiProperty() meetingId: string;
  @ApiProperty() conventionId: string;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'the latest version' }) current: boolean;
  @ApiProperty({ enum: MINUTES_STATUSES }) status: MinutesStatus;
  @ApiProperty({ ...DATE, type: String, nullable: true }) executoryOn: string | null;
  @ApiProperty({ ...DATE, type: String, nullable: true }) circulatedOn: string | null;
  @ApiProperty({ description: 'sanitised Markdown' }) text: string;
  @ApiProperty({ description: 'its safe HTML rendering' }) html: string;
  @ApiProperty({ type: [String] }) signatories: string[];
  @ApiProperty({ type: [SignatureDto] }) signatures: SignatureDto[];
  @ApiProperty({ type: [String] }) missing: string[];
  @ApiProperty({ type: [FileViewDto] }) attachments: FileViewDto[];
  @ApiProperty(DATE) createdOn: string;
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) supersededAt: string | null;
}

export class MeetingDetailDto implements MeetingDetailView {
  @ApiProperty() id: string;
  @ApiProperty() conventionId: string;
  @ApiProperty(DATE) heldOn: string;
  @ApiProperty() city: string;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty() hostParty: string;
  @ApiProperty({ type: String, nullable: true }) convenedBy: string | null;
  @ApiProperty({ type: [AgendaItemViewDto] }) agenda: AgendaItemViewDto[];
  @ApiProperty({ type: [AttendeeViewDto] }) attendees: AttendeeViewDto[];
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [GovernanceWarningDto] }) warnings: GovernanceWarningDto[];
  @ApiProperty({ type: [DecisionViewDto] }) decisions: DecisionViewDto[];
  @ApiProperty({ type: [MinutesViewDto], description: 'every version, latest last' })
  minutes: MinutesViewDto[];
}
