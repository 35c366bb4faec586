import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CalendarItem, ComplianceView, DeadlineRecord, DeadlineView } from '@passerelle/application';
import {
  CLAUSE_KINDS,
  ClauseKind,
  COMPLIANCE_RULES,
  ComplianceRule,
  DEADLINE_KINDS,
  DEADLINE_STATUSES,
  DeadlineAbout,
  DeadlineKind,
  DeadlineStatus,
} from '@passerelle/domain';
import { PeriodDto } from '../../governance/dto/meeting-view.dto';

/*
 * What the deadline, calendar and compliance routes answer, described for the OpenAPI document
 * (and so for the web app's generated types). Each class `implements` the use case's view: a
 * field added there and not here fails to compile.
 */

const DATE = { format: 'date', example: '2026-12-31' } as const;

export class DeadlineSourceDto {
  @ApiProperty({ example: '7' }) article: string;
  @ApiProperty({ description: 'verbatim sentence from the text' }) quote: string;
}

export class DeadlineAboutDto implements DeadlineAbout {
  @ApiPropertyOptional({ format: 'uuid' }) meetingId?: string;
  @ApiPropertyOptional(DATE) heldOn?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) minutesId?: string | null;
  @ApiPropertyOptional() version?: number;
  @ApiPropertyOptional({ format: 'uuid' }) amendmentId?: string;
  @ApiPropertyOptional({ type: [String], description: 'signatories or parties still to sign or answer' })
  missing?: string[];
}

/** An officer's record on the deadline: done (date, note, evidence) or waived (reason). */
export class DeadlineRecordViewDto implements NonNullable<DeadlineView['record']> {
  @ApiProperty({ enum: ['done', 'waived'] }) state: 'done' | 'waived';
  @ApiProperty({ ...DATE, type: String, nullable: true }) doneOn: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) evidenceUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the user’s name' }) recordedBy: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class DeadlineViewDto implements DeadlineView {
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty({ enum: DEADLINE_STATUSES }) status: DeadlineStatus;
  @ApiProperty({ type: DeadlineSourceDto, nullable: true }) source: DeadlineSourceDto | null;
  @ApiProperty({ description: 'in the caller’s language' }) title: string;
  @ApiProperty({ enum: CLAUSE_KINDS, nullable: true }) clause: ClauseKind | null;
  @ApiProperty({ type: Number, nullable: true }) termIndex: number | null;
  @ApiPropertyOptional({ type: PeriodDto }) period?: PeriodDto;
  @ApiPropertyOptional() planYear?: number;
  @ApiProperty({ type: DeadlineRecordViewDto, nullable: true }) record: DeadlineRecordViewDto | null;
  @ApiPropertyOptional({ type: DeadlineAboutDto }) about?: DeadlineAboutDto;
}

export class CalendarItemDto implements CalendarItem {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null for an organization’s own deadline (apd_declaration)',
  })
  conventionId: string | null;
  @ApiPropertyOptional({ format: 'uuid', description: 'apd_declaration: the organization that declares' })
  organizationId?: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty({ enum: DEADLINE_STATUSES }) status: DeadlineStatus;
  @ApiProperty() title: string;
  @ApiProperty() conventionTitle: string;
  @ApiPropertyOptional({ type: DeadlineSourceDto, nullable: true, description: 'only with include=source' })
  source?: DeadlineSourceDto | null;
  @ApiProperty({ description: 'stable across recomputations' }) uid: string;
}

export class ComplianceViewDto implements ComplianceView {
  @ApiProperty({ enum: COMPLIANCE_RULES }) rule: ComplianceRule;
  @ApiProperty() ok: boolean;
  @ApiProperty({ description: 'in the caller’s language' }) detail: string;
  @ApiProperty() messageKey: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  })
  params: Record<string, string | number>;
}

/** What marking done or waiving answers: the record, with the deadline it is about. */
export class DeadlineRecordDto extends DeadlineRecordViewDto implements DeadlineRecord {
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty(DATE) dueOn: string;
}
