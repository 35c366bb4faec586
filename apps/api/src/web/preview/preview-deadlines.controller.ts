import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { assertDeadlineWindow, ClockPort, DEFAULT_TIME_ZONE } from '@passerelle/application';
import {
  addMonthsClamped,
  calendarDateIn,
  computeDeadlines,
  ConventionDocument,
  DomainError,
  statusOfDeadline,
  summarizeTerms,
  validateConvention,
} from '@passerelle/domain';
import { Locale, translate } from '@passerelle/i18n';
import { RequestLocale } from '../../common/locale.decorator';
import { PreviewDeadlinesDto } from './preview-deadlines.dto';
import { WritersOnlyGuard } from './writers-only.guard';

export interface PreviewedDeadline {
  kind: string;
  dueOn: string;
  status: string;
  title: string;
  clause: string | null;
  source: { article?: string; quote?: string } | null;
  termIndex: number | null;
}

/**
 * The clause editor's preview: the deadlines the domain would compute for a document, saved nowhere.
 * Guarded like the writes it prepares: a session, and not a viewer (403). It reads nothing stored.
 */
@ApiTags('conventions')
@ApiBearerAuth()
@Controller('api/conventions')
export class PreviewDeadlinesController {
  constructor(
    private readonly clock: ClockPort,
    @Inject(DEFAULT_TIME_ZONE) private readonly defaultTimeZone: string,
  ) {}

  @Post('preview-deadlines')
  @HttpCode(200)
  @UseGuards(WritersOnlyGuard)
  @ApiForbiddenResponse({ description: 'viewers read only' })
  @ApiOkResponse({
    description: '{ from, to, startsOn, endsOn, deadlines: [{kind, dueOn, status, title, clause, source}] }',
  })
  @ApiBadRequestResponse({ description: 'invalid document or window; the message names the field' })
  preview(@Body() body: PreviewDeadlinesDto, @RequestLocale() requestLocale: Locale) {
    const locale = body.lang ?? requestLocale;
    const doc = {
      ...body.document,
      timeZone: body.document.timeZone ?? this.defaultTimeZone,
    } as ConventionDocument;
    const problems = validateConvention(doc);
    if (problems.length > 0) {
      throw DomainError.invalidInput(
        problems.map((problem) => ({ ...problem, field: `document.${problem.field}` })),
      );
    }
    const today = calendarDateIn(this.clock.now(), doc.timeZone ?? this.defaultTimeZone);
    const terms = summarizeTerms(doc);
    const from = body.from ?? terms.startsOn ?? addMonthsClamped(today, -12);
    const to = body.to ?? addMonthsClamped(from, 72);
    assertDeadlineWindow(from, to);
    const deadlines: PreviewedDeadline[] = computeDeadlines(doc, { from, to }).map((deadline) => ({
      kind: deadline.kind,
      dueOn: deadline.dueOn,
      status: statusOfDeadline(deadline, today),
      title: translate(locale, `deadline.kind.${deadline.kind}`),
      clause: deadline.clause,
      source: deadline.source ?? null,
      termIndex: deadline.termIndex,
    }));
    return { from, to, startsOn: terms.startsOn, endsOn: terms.endsOn, deadlines };
  }
}
