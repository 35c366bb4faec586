import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ComplianceAlert,
  ComplianceAlertsView,
  ConventionIndexEntry,
  DashboardDeadline,
  DashboardView,
  FollowChoice,
} from '@passerelle/application';
import {
  COMPLIANCE_RULES,
  ComplianceRule,
  DEADLINE_KINDS,
  DEADLINE_STATUSES,
  DeadlineKind,
  DeadlineStatus,
} from '@passerelle/domain';
import { DeadlineSourceDto } from '../../deadlines/dto/deadline-view.dto';

/*
 * What the web app's own read routes answer (dashboard, calendar filters, follow choices),
 * described for the OpenAPI document and so for its generated types. Each class `implements`
 * the use case's view: a field added there and not here fails to compile.
 */

const DATE = { format: 'date', example: '2026-12-31' } as const;

export class DashboardDeadlineDto implements DashboardDeadline {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: apd_declaration' })
  conventionId: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) organizationId?: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty({ enum: DEADLINE_STATUSES }) status: DeadlineStatus;
  @ApiProperty() title: string;
  @ApiProperty() conventionTitle: string;
  @ApiPropertyOptional({ type: DeadlineSourceDto, nullable: true }) source?: DeadlineSourceDto | null;
  @ApiPropertyOptional({ ...DATE, description: 'expiry followed the next day by a tacit renewal' })
  tacitRenewalOn?: string;
}

export class DashboardDeadlineSectionDto {
  @ApiProperty({ description: 'how many in all; items holds at most the first `limit`' }) total: number;
  @ApiProperty({ type: [DashboardDeadlineDto] }) items: DashboardDeadlineDto[];
}

export class DashboardViewDto implements DashboardView {
  @ApiProperty(DATE) today: string;
  @ApiProperty({ type: DashboardDeadlineSectionDto }) overdue: DashboardDeadlineSectionDto;
  @ApiProperty({ type: DashboardDeadlineSectionDto }) thisWeek: DashboardDeadlineSectionDto;
  @ApiProperty({ type: DashboardDeadlineSectionDto }) next90Days: DashboardDeadlineSectionDto;
  @ApiProperty({ type: DashboardDeadlineSectionDto }) endingWithin12Months: DashboardDeadlineSectionDto;
}

export class ComplianceAlertDto implements ComplianceAlert {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) conventionId: string | null;
  @ApiProperty() reference: string;
  @ApiProperty() conventionTitle: string;
  @ApiProperty({ enum: COMPLIANCE_RULES }) rule: ComplianceRule;
  @ApiProperty({ description: 'in the caller’s language' }) detail: string;
}

export class ComplianceAlertSectionDto {
  @ApiProperty() total: number;
  @ApiProperty({ type: [ComplianceAlertDto] }) items: ComplianceAlertDto[];
}

export class ComplianceAlertsViewDto implements ComplianceAlertsView {
  @ApiProperty(DATE) today: string;
  @ApiProperty({ type: ComplianceAlertSectionDto }) alerts: ComplianceAlertSectionDto;
}

export class ConventionIndexEntryDto implements ConventionIndexEntry {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String], description: 'its parties’ countries, sorted, each once' })
  countries: string[];
}

export class FollowChoiceDto implements FollowChoice {
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty() following: boolean;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
}
