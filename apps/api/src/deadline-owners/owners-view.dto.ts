import { ApiProperty } from '@nestjs/swagger';
import {
  DeadlineOwnersView,
  DeadlineOwnerView,
  MyDeadline,
  NamedOwner,
  OfficerRef,
  OrganizationProfile,
} from '@passerelle/application';
import { DEADLINE_KINDS, DeadlineKind } from '@passerelle/domain';
import { DashboardDeadlineDto } from '../web/dashboard/dashboard-view.dto';

/*
 * What the deadline-owner routes answer, described for the OpenAPI document (and so for the web
 * app's generated types). Each class `implements` the use case's view.
 */

const DATE = { format: 'date', example: '2026-12-31' } as const;

export class OfficerRefDto implements OfficerRef {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
}

export class NamedOwnerDto extends OfficerRefDto implements NamedOwner {
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty(DATE) dueOn: string;
}

export class DeadlineOwnersViewDto implements DeadlineOwnersView {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({
    type: OfficerRefDto,
    nullable: true,
    description: 'owns every deadline nobody was named for',
  })
  lead: OfficerRefDto | null;
  @ApiProperty({ type: [NamedOwnerDto], description: 'deadlines named to someone other than the lead' })
  owners: NamedOwnerDto[];
  @ApiProperty({ type: [OfficerRefDto], description: 'who may be chosen' }) officers: OfficerRefDto[];
}

export class LeadOfficerDto {
  @ApiProperty({ type: OfficerRefDto, nullable: true }) lead: OfficerRefDto | null;
}

export class DeadlineOwnerViewDto implements DeadlineOwnerView {
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty(DATE) dueOn: string;
  @ApiProperty({ type: OfficerRefDto, nullable: true, description: 'the one named, else the lead officer' })
  owner: OfficerRefDto | null;
  @ApiProperty({ description: 'the owner comes from the convention’s lead officer' }) byDefault: boolean;
}

export class MyDeadlineDto extends DashboardDeadlineDto implements MyDeadline {
  @ApiProperty({ description: 'mine as the convention’s lead officer, not named' }) byDefault: boolean;
}

export class MyDeadlinesDto {
  @ApiProperty() total: number;
  @ApiProperty({ type: [MyDeadlineDto] }) items: MyDeadlineDto[];
}

export class OrganizationProfileDto implements OrganizationProfile {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'FR' }) country: string;
  @ApiProperty({ example: 'Europe/Paris' }) timezone: string;
}
