import { Controller, Get, Inject, Query, Res, UnauthorizedException } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthenticateCalendarTokenUseCase, GetCalendarUseCase } from '@passerelle/application';
import { APP_CONFIG, AppConfig } from '@passerelle/config';
import { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { IcsFeedWriter } from './ics-feed-writer';

/** The calendar (docs/api.md) as an RFC 5545 feed, authenticated by the user's revocable feed token. */
@ApiTags('calendar')
@Controller('api')
export class CalendarFeedController {
  constructor(
    private readonly authenticate: AuthenticateCalendarTokenUseCase,
    private readonly calendar: GetCalendarUseCase,
    private readonly writer: IcsFeedWriter,
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
    const events = items.map((item) => {
      const link = item.conventionId
        ? `${this.config.publicUrl}/conventions/${item.conventionId}`
        : `${this.config.publicUrl}/apd`;
      const quote = item.source
        ? `\n\n${item.source.article ? `Art. ${item.source.article} — ` : ''}« ${item.source.quote} »`
        : '';
      return {
        uid: item.uid,
        dueOn: item.dueOn,
        summary: item.title,
        description: `${item.conventionTitle} (${item.reference})${quote}\n\n${link}`,
        url: link,
      };
    });
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Cache-Control', 'private, max-age=300');
    response.send(this.writer.write(actor.language, events));
  }
}
