/**
 * Baseline of the reminder dispatcher (issue 20): the same messages through bare pooled nodemailer
 * into the same SMTP sink, with the product's in-flight count and pool size. "The same" is taken
 * literally: a message the product sent in the same run, as the sink received it, is parsed back
 * (HTML, text, its .ics attachment, subject, headers) and sent again, each copy with its own
 * recipient and Message-ID. No database, no rendering, no tokens: the cost of the mail alone.
 */
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';

export interface BaselineMessage {
  from: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: Array<{ filename: string; content: Buffer; contentType: string }>;
}

/** A raw RFC 5322 message back into the parts nodemailer is given. */
export async function messageOf(raw: Buffer): Promise<BaselineMessage> {
  const parsed = await simpleParser(raw);
  const headers: Record<string, string> = {};
  for (const name of ['list-unsubscribe', 'list-unsubscribe-post', 'x-passerelle-reminder']) {
    const line = parsed.headerLines.find((header) => header.key === name);
    if (line)
      headers[line.line.slice(0, line.line.indexOf(':'))] = line.line
        .slice(line.line.indexOf(':') + 1)
        .trim();
  }
  return {
    from: parsed.from?.text ?? 'passerelle@bench.test',
    subject: parsed.subject ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    text: parsed.text ?? '',
    headers,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? 'echeance.ics',
      content: attachment.content,
      contentType: attachment.contentType,
    })),
  };
}

/** `mails` copies of `message`, `inFlight` at a time over a pool of `connections`; mails a second. */
export async function sendBaseline(
  smtpUrl: string,
  message: BaselineMessage,
  mails: number,
  inFlight: number,
  connections: number,
): Promise<{ sent: number; seconds: number; mailsPerSecond: number }> {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: connections,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  let next = 0;
  let sent = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < mails) {
      const index = next++;
      await transporter.sendMail({
        ...message,
        to: `agent-${index}@bench.test`,
        messageId: `<baseline.${index}.${Date.now()}@bench.test>`,
      });
      sent += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  transporter.close();
  return { sent, seconds, mailsPerSecond: sent / seconds };
}
