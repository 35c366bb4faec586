import {
  BadRequestException,
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  PipeTransform,
  Put,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  AssignDeadlineOwnerUseCase,
  DeadlineOwnersView,
  DeadlineOwnerView,
  GetDeadlineOwnersUseCase,
  GetMyOrganizationUseCase,
  ListMyDeadlinesUseCase,
  MyDeadline,
  OfficerRef,
  OrganizationProfile,
  SetLeadOfficerUseCase,
} from '@passerelle/application';
import { Actor, DEADLINE_KINDS, DeadlineKind, isIsoDate } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import {
  DeadlineOwnersViewDto,
  DeadlineOwnerViewDto,
  LeadOfficerDto,
  MyDeadlinesDto,
  OrganizationProfileDto,
} from './owners-view.dto';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/locale.decorator';
import { GovernanceAccess, GovernanceAccessGuard } from '../governance/governance-access.guard';
import { OwnerDto } from './owner.dto';

const conventionId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundException('convention not found'),
});

class KindPipe implements PipeTransform<string, DeadlineKind> {
  transform(value: string): DeadlineKind {
    if (!DEADLINE_KINDS.includes(value as DeadlineKind))
      throw new BadRequestException(`kind must be one of ${DEADLINE_KINDS.join(', ')}`);
    return value as DeadlineKind;
  }
}

class DueOnPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isIsoDate(value)) throw new BadRequestException('dueOn must be a calendar date written YYYY-MM-DD');
    return value;
  }
}

/** Who answers for a convention and its deadlines, in the caller's organization. */
@ApiTags('deadline owners')
@ApiBearerAuth()
@Controller('api')
export class DeadlineOwnersController {
  constructor(
    private readonly getOwners: GetDeadlineOwnersUseCase,
    private readonly setLead: SetLeadOfficerUseCase,
    private readonly assignOwner: AssignDeadlineOwnerUseCase,
    private readonly myDeadlines: ListMyDeadlinesUseCase,
    private readonly myOrganization: GetMyOrganizationUseCase,
  ) {}

  /** `{organizationId, lead, owners: [{kind, dueOn, userId, name}], officers}` for the caller's organization. */
  @Get('conventions/:id/owners')
  @ApiOkResponse({ type: DeadlineOwnersViewDto })
  @ApiNotFoundResponse()
  @ApiForbiddenResponse({ description: 'the caller’s organization is not a party (field organizationId)' })
  owners(@Param('id', conventionId) id: string, @CurrentActor() actor: Actor): Promise<DeadlineOwnersView> {
    return this.getOwners.execute(id, actor);
  }

  /** The convention's lead officer: owns every deadline nobody else was named for. Audited. */
  @Put('conventions/:id/lead-officer')
  @ApiOkResponse({ type: LeadOfficerDto })
  @GovernanceAccess('convention')
  @UseGuards(GovernanceAccessGuard)
  @ApiBadRequestResponse({ description: 'userId is not an active officer of your organization' })
  lead(
    @Param('id', conventionId) id: string,
    @Body() body: OwnerDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ lead: OfficerRef | null }> {
    return this.setLead.execute(id, body.userId, actor);
  }

  /** Names the officer who answers for one deadline (null: back to the lead officer). Audited; a repeat changes nothing. */
  @Put('conventions/:id/deadlines/:kind/:dueOn/owner')
  @ApiOkResponse({ type: DeadlineOwnerViewDto })
  @GovernanceAccess('convention')
  @UseGuards(GovernanceAccessGuard)
  @ApiBadRequestResponse({ description: 'userId is not an active officer of your organization' })
  @ApiNotFoundResponse({ description: 'no such convention, or no such deadline (field dueOn)' })
  assign(
    @Param('id', conventionId) id: string,
    @Param('kind', KindPipe) kind: DeadlineKind,
    @Param('dueOn', DueOnPipe) dueOn: string,
    @Body() body: OwnerDto,
    @CurrentActor() actor: Actor,
  ): Promise<DeadlineOwnerView> {
    return this.assignOwner.execute(id, kind, dueOn, body.userId, actor);
  }

  /** The open tasks the caller answers for (a year back to 90 days ahead): named to them, or as lead officer. */
  @Get('me/deadlines')
  @ApiOkResponse({ type: MyDeadlinesDto })
  mine(
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ): Promise<{ total: number; items: MyDeadline[] }> {
    return this.myDeadlines.execute(actor, locale);
  }

  /** `{id, name, country, timezone}` of the caller's organization (404 for an admin without one). */
  @Get('me/organization')
  @ApiOkResponse({ type: OrganizationProfileDto })
  @ApiNotFoundResponse()
  organization(@CurrentActor() actor: Actor): Promise<OrganizationProfile> {
    return this.myOrganization.execute(actor);
  }
}
