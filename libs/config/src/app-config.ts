export interface AppConfig {
  port: number;
  /** Unset: an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Running as root: where the embedded cluster goes when the postgres account cannot reach DATA_DIR. */
  embeddedPostgresDir: string;
  /** Unset: mails are written as .eml files under dataDir/outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  admin: { email: string; password: string } | null;
  defaultTimeZone: string;
  scheduler: boolean;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedsDir: string;
  sessionTtlHours: number;
  /** Origins allowed to call the API from a browser; empty: same origin only. */
  corsOrigins: string[];
  /** Whose X-Forwarded-For is believed (Express `trust proxy`); false: no proxy, the socket's address. */
  trustProxy: false | number | string[];
  /** Swagger UI and the OpenAPI document: open, behind sign-in (production's default), or not served. */
  apiDocs: 'public' | 'signed_in' | 'off';
}
