import { Controller, Get, Inject, Query, Res, UnauthorizedException } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthenticateCalendarTokenUseCase, GetCalendarUseCase } from '@passerelle/application';
import { APP_CONFIG, AppConfig } from '@passerelle/config';
import { Response } from 'express';
import ical, { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { Public } from '../auth/public.decorator';

/**
 * ical-generator's Calendar.toString() grows faster than linearly with the number of events
 * (5.4 s for 17,000 here); its events serialised one by one take 0.13 s. Same text, joined.
 */
function serialize(feed: ICalCalendar): string {
  const events = feed.events();
  feed.clear();
  const empty = feed.toString();
  const end = empty.lastIndexOf('END:VCALENDAR');
  return `${empty.slice(0, end)}${events.map((event) => event.toString()).join('')}${empty.slice(end)}`;
}

/** CONTRACT §2: the calendar as an RFC 5545 feed, authenticated by the user's revocable feed token. */
@ApiTags('calendar')
@Controller('api')
export class CalendarFeedController {
  constructor(
    private readonly authenticate: AuthenticateCalendarTokenUseCase,
    private readonly calendar: GetCalendarUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('calendar.ics')
  @ApiProduces('text/calendar')
  @ApiQuery({ name: 'token', description: 'from POST /api/me/calendar-token' })
  async feed(@Query('token') token: string | undefined, @Res() response: Response): Promise<void> {
    const actor = typeof token === 'string' ? await this.authenticate.execute(token) : null;
    if (!actor) throw new UnauthorizedException('token: unknown or revoked calendar token');
    const items = await this.calendar.execute({ locale: actor.language, actor });
    const feed = ical({
      name: 'Passerelle',
      prodId: { company: 'Passerelle', product: 'conventions', language: actor.language.toUpperCase() },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 3600,
    });
    for (const item of items) {
      const link = `${this.config.publicUrl}/conventions/${item.conventionId}`;
      const quote = item.source
        ? `\n\n${item.source.article ? `Art. ${item.source.article} — ` : ''}« ${item.source.quote} »`
        : '';
      feed.createEvent({
        id: item.uid,
        start: new Date(`${item.dueOn}T00:00:00Z`),
        allDay: true,
        summary: item.title,
        description: `${item.conventionTitle} (${item.reference})${quote}\n\n${link}`,
        url: link,
      });
    }
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Cache-Control', 'private, max-age=300');
    response.send(serialize(feed));
  }
}
