import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  ComplianceAlertsView,
  ConventionIndexEntry,
  DashboardView,
  FollowChoice,
  GetDashboardUseCase,
  ListConventionIndexUseCase,
  ListFollowChoicesUseCase,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { Locale } from '@passerelle/i18n';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { RequestLocale } from '../../common/locale.decorator';
import {
  ComplianceAlertsViewDto,
  ConventionIndexEntryDto,
  DashboardViewDto,
  FollowChoiceDto,
} from './dashboard-view.dto';

export class DashboardQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @ApiPropertyOptional({ enum: ['fr', 'en', 'ar'] })
  @IsOptional()
  @IsIn(['fr', 'en', 'ar'])
  lang?: 'fr' | 'en' | 'ar';
}

/** What the officers' web app reads besides the contract routes; scoped like them. */
@ApiTags('web')
@ApiBearerAuth()
@Controller('api')
export class DashboardController {
  constructor(
    private readonly dashboard: GetDashboardUseCase,
    private readonly listConventionIndex: ListConventionIndexUseCase,
    private readonly listFollowChoices: ListFollowChoicesUseCase,
  ) {}

  /** Overdue, this week, the next 90 days, conventions ending within 12 months (each `{total, items}`). */
  @Get('dashboard')
  @ApiOkResponse({ type: DashboardViewDto })
  deadlines(
    @Query() query: DashboardQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
  ): Promise<DashboardView> {
    return this.dashboard.deadlines(actor, locale, query.limit);
  }

  /** The CGCT formalities still missing on conventions not yet ended (deliberation, signatures, prefecture…). */
  @Get('dashboard/compliance')
  @ApiOkResponse({ type: ComplianceAlertsViewDto })
  compliance(
    @Query() query: DashboardQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
  ): Promise<ComplianceAlertsView> {
    return this.dashboard.complianceAlerts(actor, locale, query.limit);
  }

  /** Every convention the caller sees, with its countries: the calendar's filters. */
  @Get('calendar/conventions')
  @ApiOkResponse({ type: [ConventionIndexEntryDto] })
  conventionIndex(@CurrentActor() actor: Actor): Promise<ConventionIndexEntry[]> {
    return this.listConventionIndex.execute(actor);
  }

  /** The caller's follow choices (`POST /api/conventions/:id/follow`) with reference and title; unlisted conventions are followed. */
  @Get('me/following')
  @ApiOkResponse({ type: [FollowChoiceDto] })
  following(@CurrentActor() actor: Actor): Promise<FollowChoice[]> {
    return this.listFollowChoices.execute(actor);
  }
}
