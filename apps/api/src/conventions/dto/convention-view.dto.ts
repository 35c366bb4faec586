import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath, OmitType } from '@nestjs/swagger';
import { ConventionView, Page } from '@passerelle/application';
import {
  CONVENTION_STATUSES,
  ConventionStatus,
  DEADLINE_KINDS,
  DeadlineKind,
  ExecutorySide,
  KeyDates,
  StatusNote,
} from '@passerelle/domain';
import { CreateConventionDto } from './convention.dto';

/*
 * What the convention routes answer, described for the OpenAPI document (and so for the web
 * app's generated types): the document as sent (CreateConventionDto's fields) plus what the API
 * derives. The derived parts `implement` the domain's types: a field added there and not here
 * fails to compile.
 */

const DATE = { format: 'date', example: '2026-12-31' } as const;
const NULLABLE_DATE = { ...DATE, type: String, nullable: true } as const;

export class NextRenewalDto {
  @ApiProperty({ enum: ['tacit_renewal', 'renewal_decision'] }) kind: 'tacit_renewal' | 'renewal_decision';
  @ApiProperty(DATE) on: string;
}

export class KeyDatesDto implements KeyDates {
  @ApiProperty(NULLABLE_DATE) startsOn: string | null;
  @ApiProperty({ ...NULLABLE_DATE, description: 'last day in force of the term under way today' })
  currentTermEndsOn: string | null;
  @ApiProperty({ ...NULLABLE_DATE, description: 'final last day in force; null when open-ended or unknown' })
  endsOn: string | null;
  @ApiProperty() openEnded: boolean;
  @ApiProperty({ type: NextRenewalDto, nullable: true }) nextRenewal: NextRenewalDto | null;
}

export class MissingStepDto {
  @ApiProperty() party: string;
  @ApiProperty({ enum: ['signature', 'prefecture_transmission', 'visa'] })
  step: 'signature' | 'prefecture_transmission' | 'visa';
}

export class ExecutorySideDto implements ExecutorySide {
  @ApiProperty({ enum: ['FR', 'MA'] }) country: 'FR' | 'MA';
  @ApiProperty() executory: boolean;
  @ApiProperty(NULLABLE_DATE) executoryOn: string | null;
  @ApiProperty({ type: [MissingStepDto] }) missing: MissingStepDto[];
}

export class SignaturesMissingNoteDto {
  @ApiProperty({ enum: ['signatures_missing'] }) code: 'signatures_missing';
  @ApiProperty({ type: [String] }) parties: string[];
}

export class NotExecutoryNoteDto {
  @ApiProperty({ enum: ['not_executory'] }) code: 'not_executory';
  @ApiProperty({ enum: ['FR', 'MA'] }) country: 'FR' | 'MA';
}

export class ConventionWarningDto {
  @ApiProperty({ example: 'parties[1].name' }) field: string;
  @ApiProperty({ enum: ['mixed_scripts'] }) code: 'mixed_scripts';
}

export class NextDeadlineDto {
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty(DATE) dueOn: string;
}

@ApiExtraModels(SignaturesMissingNoteDto, NotExecutoryNoteDto)
export class ConventionViewDto extends OmitType(CreateConventionDto, ['timeZone'] as const) {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Europe/Paris' }) timeZone: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ enum: CONVENTION_STATUSES, description: 'derived from the dates' }) status: ConventionStatus;
  @ApiProperty({ type: KeyDatesDto }) keyDates: KeyDatesDto;
  @ApiProperty({ type: [ExecutorySideDto] }) executory: ExecutorySideDto[];
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(SignaturesMissingNoteDto) },
        { $ref: getSchemaPath(NotExecutoryNoteDto) },
      ],
    },
    description: 'what the status line adds: signatures missing, a side not yet executory',
  })
  statusNotes: StatusNote[];
  @ApiProperty({ type: [ConventionWarningDto] }) warnings: ConventionWarningDto[];
  @ApiPropertyOptional({ type: NextDeadlineDto, nullable: true, description: 'in the list only' })
  nextDeadline?: NextDeadlineDto | null;
}

export class ConventionPageDto implements Omit<Page<ConventionView>, 'items'> {
  @ApiProperty({ type: [ConventionViewDto] }) items: ConventionViewDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
