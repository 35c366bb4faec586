export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** `<…@host>`; the same on every attempt of the same mail (a repeat is recognisable). */
  messageId?: string;
  attachments?: Array<{ filename: string; content: string | Buffer; contentType: string }>;
}

/** Sends one mail; returns its Message-ID. SMTP when SMTP_URL is set, .eml files otherwise. */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<string>;
}
