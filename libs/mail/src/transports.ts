import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Mailer, OutgoingMail } from '@passerelle/application';
import nodemailer, { Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';

function toNodemailer(from: string, mail: OutgoingMail) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    messageId: mail.messageId,
    attachments: mail.attachments,
  };
}

/** SMTP_URL set: pooled SMTP. */
export class SmtpMailer extends Mailer {
  private readonly transporter: Transporter<SMTPPool.SentMessageInfo>;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    const url = new URL(smtpUrl);
    const number = (name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);
    // nodemailer waits 30 s for a greeting and 10 min on a silent socket by default: a server that
    // accepts and never answers would hold the dispatcher. A few seconds, then it is an outage.
    this.transporter = nodemailer.createTransport({
      url: url.toString(),
      pool: true as const,
      maxConnections: number('maxConnections', 10),
      connectionTimeout: number('connectionTimeout', 5_000),
      greetingTimeout: number('greetingTimeout', 5_000),
      socketTimeout: number('socketTimeout', 10_000),
    } satisfies SMTPPool.Options);
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transporter.sendMail(toNodemailer(this.from, mail));
    return info.messageId;
  }

  close(): void {
    this.transporter.close();
  }
}

/** SMTP_URL unset: every mail becomes a real RFC 5322 .eml file under DATA_DIR/outbox. */
export class OutboxMailer extends Mailer {
  private readonly transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });

  constructor(
    private readonly outboxDir: string,
    private readonly from: string,
  ) {
    super();
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transporter.sendMail(toNodemailer(this.from, mail));
    await fs.mkdir(this.outboxDir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
    // Written then renamed: a reader never sees half a message.
    const temporary = path.join(this.outboxDir, `.${name}.tmp`);
    await fs.writeFile(temporary, info.message as Buffer);
    await fs.rename(temporary, path.join(this.outboxDir, name));
    return info.messageId;
  }
}
