import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import {
  FollowConventionUseCase,
  GetDeliveryHealthUseCase,
  ListRemindersUseCase,
  RetryReminderUseCase,
  RunSchedulerUseCase,
  SetReminderPolicyUseCase,
  UseReminderLinkUseCase,
} from '@passerelle/application';
import { Actor } from '@passerelle/domain';
import { Locale, translate } from '@passerelle/i18n';
import { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { RequestLocale } from '../common/locale.decorator';
import { FollowDto, ListRemindersQuery, ReminderPolicyDto } from './reminders.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('not found') });

function page(
  response: Response,
  locale: Locale,
  title: string,
  body: string,
  form?: { action: string; button: string },
): void {
  const escape = (value: string) =>
    value.replace(
      /[&<>"]/g,
      (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string,
    );
  const formHtml = form
    ? `<form method="post" action="${escape(form.action)}"><button type="submit">${escape(form.button)}</button></form>`
    : '';
  response
    .type('html')
    .send(
      `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
        `<body style="font-family:Arial,sans-serif;max-width:40rem;margin:2rem auto"><h1>${escape(title)}</h1>` +
        `<p>${escape(body)}</p>${formHtml}</body></html>`,
    );
}

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('api')
export class RemindersController {
  constructor(
    private readonly listReminders: ListRemindersUseCase,
    private readonly runScheduler: RunSchedulerUseCase,
    private readonly follow: FollowConventionUseCase,
    private readonly policies: SetReminderPolicyUseCase,
    private readonly links: UseReminderLinkUseCase,
    private readonly retryReminder: RetryReminderUseCase,
    private readonly deliveryHealth: GetDeliveryHealthUseCase,
  ) {}

  /** A failed reminder sent again: pending, due now, a new 48-hour retry window (409 if not failed). */
  @Post('reminders/:id/retry')
  @HttpCode(200)
  retry(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.retryReminder.execute(id, actor);
  }

  /** The admins' delivery alert: failed reminders, reminders waiting past their time, the last error. */
  @Get('admin/reminders/delivery')
  delivery(@CurrentActor() actor: Actor) {
    return this.deliveryHealth.execute(actor);
  }

  /** Reminders of the conventions the caller sees: sent, pending, failed, with attempts and errors. */
  @Get('reminders')
  list(@Query() query: ListRemindersQuery, @CurrentActor() actor: Actor) {
    return this.listReminders.execute(actor, query);
  }

  /** One deadline sweep and one mail dispatch now (admin only); returns counts. */
  @Post('admin/scheduler/run')
  @HttpCode(200)
  run(@CurrentActor() actor: Actor) {
    return this.runScheduler.execute(actor);
  }

  @Post('conventions/:id/follow')
  @HttpCode(200)
  setFollowing(@Param('id', uuid) id: string, @Body() body: FollowDto, @CurrentActor() actor: Actor) {
    return this.follow.execute(id, body.following, actor);
  }

  @Put('conventions/:id/reminder-policy')
  conventionPolicy(
    @Param('id', uuid) id: string,
    @Body() body: ReminderPolicyDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.policies.forConvention(id, body.leadDays, actor);
  }

  @Put('admin/organizations/:id/reminder-policy')
  organizationPolicy(
    @Param('id', uuid) id: string,
    @Body() body: ReminderPolicyDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.policies.forOrganization(id, body.leadDays, actor);
  }

  /** The mail's "mark as done" link: a page with a button (a mail scanner's GET changes nothing). */
  @Public()
  @ApiExcludeEndpoint()
  @Get('deadline-actions/:token')
  confirmDone(
    @Param('token') token: string,
    @RequestLocale() locale: Locale,
    @Res() response: Response,
  ): void {
    page(
      response,
      locale,
      translate(locale, 'page.mark_done.title'),
      translate(locale, 'page.mark_done.confirm'),
      {
        action: `/api/deadline-actions/${encodeURIComponent(token)}`,
        button: translate(locale, 'page.mark_done.button'),
      },
    );
  }

  @Public()
  @ApiExcludeEndpoint()
  @Post('deadline-actions/:token')
  @HttpCode(200)
  async markDone(
    @Param('token') token: string,
    @RequestLocale() locale: Locale,
    @Res() response: Response,
  ): Promise<void> {
    try {
      await this.links.markDone(token);
      page(
        response,
        locale,
        translate(locale, 'page.mark_done.title'),
        translate(locale, 'page.mark_done.done'),
      );
    } catch {
      response.status(404);
      page(
        response,
        locale,
        translate(locale, 'page.link_invalid.title'),
        translate(locale, 'page.link_invalid.body'),
      );
    }
  }

  @Public()
  @ApiExcludeEndpoint()
  @Get('reminders/unfollow/:token')
  async confirmUnfollow(
    @Param('token') token: string,
    @RequestLocale() locale: Locale,
    @Res() response: Response,
  ): Promise<void> {
    const count = await this.links.unfollowCount(token);
    if (count === null) {
      response.status(404);
      page(
        response,
        locale,
        translate(locale, 'page.link_invalid.title'),
        translate(locale, 'page.link_invalid.body'),
      );
      return;
    }
    page(
      response,
      locale,
      translate(locale, 'page.unfollow.title', { count }),
      translate(locale, 'page.unfollow.confirm', { count }),
      {
        action: `/api/reminders/unfollow/${encodeURIComponent(token)}`,
        button: translate(locale, 'page.unfollow.button'),
      },
    );
  }

  /** Also the RFC 8058 one-click target of List-Unsubscribe-Post. */
  @Public()
  @ApiExcludeEndpoint()
  @Post('reminders/unfollow/:token')
  @HttpCode(200)
  async unfollow(
    @Param('token') token: string,
    @RequestLocale() locale: Locale,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const { count } = await this.links.unfollow(token);
      page(
        response,
        locale,
        translate(locale, 'page.unfollow.title', { count }),
        translate(locale, 'page.unfollow.done', { count }),
      );
    } catch {
      response.status(404);
      page(
        response,
        locale,
        translate(locale, 'page.link_invalid.title'),
        translate(locale, 'page.link_invalid.body'),
      );
    }
  }
}
