import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  PipeTransform,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CalendarItem,
  ComplianceView,
  DeadlineRecord,
  DeadlineView,
  GetCalendarUseCase,
  GetComplianceUseCase,
  ListConventionDeadlinesUseCase,
  RecordDeadlineUseCase,
  ReopenDeadlineUseCase,
} from '@passerelle/application';
import { Actor, DEADLINE_KINDS, DeadlineKind, isIsoDate } from '@passerelle/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Locale } from '@passerelle/i18n';
import { RequestLocale } from '../common/locale.decorator';
import { decodeCalendarCursor, encodeCalendarCursor } from './calendar-cursor';
import { CalendarQuery } from './dto/calendar.query';
import { DeadlineWindowQuery } from './dto/deadline-window.query';
import {
  CalendarItemDto,
  ComplianceViewDto,
  DeadlineRecordDto,
  DeadlineViewDto,
} from './dto/deadline-view.dto';
import { MarkDeadlineDoneDto, WaiveDeadlineDto } from './dto/record-deadline.dto';

const conventionId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundException('convention not found'),
});

class DeadlineKindPipe implements PipeTransform<string, DeadlineKind> {
  transform(value: string): DeadlineKind {
    if (!DEADLINE_KINDS.includes(value as DeadlineKind)) {
      throw new BadRequestException(`kind must be one of ${DEADLINE_KINDS.join(', ')}`);
    }
    return value as DeadlineKind;
  }
}

class CalendarDatePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isIsoDate(value)) throw new BadRequestException('dueOn must be a calendar date written YYYY-MM-DD');
    return value;
  }
}

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('api')
export class DeadlinesController {
  constructor(
    private readonly listDeadlines: ListConventionDeadlinesUseCase,
    private readonly recordDeadline: RecordDeadlineUseCase,
    private readonly reopenDeadline: ReopenDeadlineUseCase,
    private readonly getCompliance: GetComplianceUseCase,
    private readonly getCalendar: GetCalendarUseCase,
  ) {}

  @Get('conventions/:id/deadlines')
  @ApiOkResponse({ type: [DeadlineViewDto] })
  deadlines(
    @Param('id', conventionId) id: string,
    @Query() query: DeadlineWindowQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
  ): Promise<DeadlineView[]> {
    return this.listDeadlines.execute({ conventionId: id, from: query.from, to: query.to, locale, actor });
  }

  @Post('conventions/:id/deadlines/:kind/:dueOn/done')
  @HttpCode(200)
  @ApiOkResponse({ type: DeadlineRecordDto })
  markDone(
    @Param('id', conventionId) id: string,
    @Param('kind', DeadlineKindPipe) kind: DeadlineKind,
    @Param('dueOn', CalendarDatePipe) dueOn: string,
    @Body() body: MarkDeadlineDoneDto,
    @CurrentActor() actor: Actor,
  ): Promise<DeadlineRecord> {
    return this.recordDeadline.execute(id, kind, dueOn, { state: 'done', ...body }, actor);
  }

  @Post('conventions/:id/deadlines/:kind/:dueOn/waive')
  @HttpCode(200)
  @ApiOkResponse({ type: DeadlineRecordDto })
  waive(
    @Param('id', conventionId) id: string,
    @Param('kind', DeadlineKindPipe) kind: DeadlineKind,
    @Param('dueOn', CalendarDatePipe) dueOn: string,
    @Body() body: WaiveDeadlineDto,
    @CurrentActor() actor: Actor,
  ): Promise<DeadlineRecord> {
    return this.recordDeadline.execute(id, kind, dueOn, { state: 'waived', reason: body.reason }, actor);
  }

  @Delete('conventions/:id/deadlines/:kind/:dueOn/record')
  @HttpCode(204)
  async reopen(
    @Param('id', conventionId) id: string,
    @Param('kind', DeadlineKindPipe) kind: DeadlineKind,
    @Param('dueOn', CalendarDatePipe) dueOn: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.reopenDeadline.execute(id, kind, dueOn, actor);
  }

  @Get('conventions/:id/compliance')
  @ApiOkResponse({ type: [ComplianceViewDto] })
  compliance(
    @Param('id', conventionId) id: string,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
  ): Promise<ComplianceView[]> {
    return this.getCompliance.execute(id, locale, actor);
  }

  @Get('calendar')
  @ApiOkResponse({ type: [CalendarItemDto] })
  async calendar(
    @Query() query: CalendarQuery,
    @RequestLocale() locale: Locale,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CalendarItem[]> {
    const items = await this.getCalendar.execute({
      from: query.from,
      to: query.to,
      locale,
      actor,
      sources: query.include === 'source',
      scope: {
        ...(query.conventionId && { conventionIds: [query.conventionId] }),
        ...(query.country && { countries: [query.country] }),
        ...(query.kind && { kinds: [query.kind] }),
      },
      limit: query.limit,
      after: query.after === undefined ? undefined : decodeCalendarCursor(query.after),
    });
    // A full page may have a next one: its address, the same query after this page's last line.
    if (query.limit !== undefined && items.length === query.limit) {
      const next = new URL(request.originalUrl, 'http://calendar');
      next.searchParams.set('after', encodeCalendarCursor(items[items.length - 1]));
      response.setHeader('Link', `<${next.pathname}${next.search}>; rel="next"`);
    }
    return items;
  }
}
