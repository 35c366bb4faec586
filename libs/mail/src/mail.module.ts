import { DynamicModule, Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { Mailer, ReminderMailComposer } from '@passerelle/application';
import { AppConfig } from '@passerelle/config';
import * as path from 'node:path';
import { OutboxMailer, SmtpMailer } from './transports';
import { TemplateReminderMailComposer } from './reminder-mail.composer';

@Global()
@Module({})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(Mailer) private readonly mailer: Mailer) {}

  static forRoot(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'dataDir'>): DynamicModule {
    return {
      module: MailModule,
      providers: [
        {
          provide: Mailer,
          useFactory: () =>
            config.smtpUrl
              ? new SmtpMailer(config.smtpUrl, config.mailFrom)
              : new OutboxMailer(path.join(config.dataDir, 'outbox'), config.mailFrom),
        },
        { provide: ReminderMailComposer, useClass: TemplateReminderMailComposer },
      ],
      exports: [Mailer, ReminderMailComposer],
    };
  }

  onApplicationShutdown(): void {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}
