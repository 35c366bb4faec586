import * as path from 'node:path';
import { AppConfig } from './app-config';
import { configSchema, projectRoot, RawEnv } from './config.schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The only reader of process.env: everything else receives an AppConfig. */
export function loadConfig(env: RawEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const value = parsed.data;
  const root = projectRoot();
  return {
    port: value.PORT,
    databaseUrl: value.DATABASE_URL ?? null,
    dataDir: path.resolve(value.DATA_DIR),
    embeddedPostgresDir: path.resolve(value.EMBEDDED_POSTGRES_DIR),
    smtpUrl: value.SMTP_URL ?? null,
    mailFrom: value.MAIL_FROM,
    admin:
      value.ADMIN_EMAIL && value.ADMIN_PASSWORD
        ? { email: value.ADMIN_EMAIL.toLowerCase(), password: value.ADMIN_PASSWORD }
        : null,
    defaultTimeZone: value.TZ_DEFAULT,
    scheduler: value.SCHEDULER === 'on',
    publicUrl: (value.PUBLIC_URL ?? `http://localhost:${value.PORT}`).replace(/\/$/, ''),
    logLevel: value.LOG_LEVEL,
    seedsDir: value.SEEDS_DIR ? path.resolve(value.SEEDS_DIR) : path.join(root, 'seeds', 'conventions'),
    sessionTtlHours: value.SESSION_TTL_HOURS,
    corsOrigins: value.CORS_ORIGINS ? value.CORS_ORIGINS.split(',') : [],
    trustProxy: !value.TRUST_PROXY
      ? false
      : /^\d+$/.test(value.TRUST_PROXY)
        ? Number(value.TRUST_PROXY)
        : value.TRUST_PROXY.split(',').map((entry) => entry.trim()),
    apiDocs: value.API_DOCS ?? (value.NODE_ENV === 'production' ? 'signed_in' : 'public'),
  };
}

/** For a program's entry point: the configuration, or one line naming the bad variable and exit 1. */
export function loadConfigOrExit(program: string, env: RawEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${program}: ${error.message}\n`);
    process.exit(1);
  }
}
