import * as path from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from '@passerelle/domain';

const optional = (schema: z.ZodString) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Every variable of the README's "Configuration" table. */
export const configSchema = z
  .object({
    PORT: z.coerce.number({ message: 'must be a port number' }).int().min(1).max(65535).default(3000),
    DATABASE_URL: optional(
      z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL'),
    ),
    DATA_DIR: z.string().min(1).default('./var'),
    EMBEDDED_POSTGRES_DIR: z.string().min(1).default('/var/lib/passerelle'),
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')),
    MAIL_FROM: z.string().min(3).default('Passerelle <no-reply@passerelle.localhost>'),
    ADMIN_EMAIL: optional(z.string().email('must be an e-mail address')),
    ADMIN_PASSWORD: optional(z.string().min(12, 'must be at least 12 characters')),
    TZ_DEFAULT: z
      .string()
      .default('Europe/Paris')
      .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Paris'),
    SCHEDULER: z.enum(['on', 'off']).default('on'),
    PUBLIC_URL: optional(z.string().url('must be a URL')),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEEDS_DIR: optional(z.string()),
    SESSION_TTL_HOURS: z.coerce
      .number({ message: 'must be a number of hours' })
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    REMINDER_SWEEP_SECONDS: z.coerce
      .number({ message: 'must be a number of seconds' })
      .int()
      .min(1)
      .max(86_400)
      .default(900),
    REMINDER_DISPATCH_SECONDS: z.coerce
      .number({ message: 'must be a number of seconds' })
      .int()
      .min(1)
      .max(3_600)
      .default(60),
    REMINDER_SEND_CONCURRENCY: z.coerce
      .number({ message: 'must be a number' })
      .int()
      .min(1)
      .max(32)
      .default(4),
    METRICS_PORT: optional(z.string().regex(/^\d{1,5}$/, 'must be a port number')),
    METRICS_TOKEN: optional(z.string().min(16, 'must be at least 16 characters')),
    METRICS_ALLOW: optional(
      z
        .string()
        .regex(/^[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*$/, 'must be comma-separated IP addresses or CIDR ranges'),
    ),
    CORS_ORIGINS: optional(
      z
        .string()
        .regex(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, 'must be comma-separated http(s) origins'),
    ),
    NODE_ENV: optional(z.string()),
    TRUST_PROXY: optional(
      z
        .string()
        .regex(
          /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*$|^\d{1,2}$/,
          'must be proxy addresses or subnets (10.0.0.1, 10.0.0.0/8, loopback …) or a hop count',
        ),
    ),
    API_DOCS: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.enum(['public', 'signed_in', 'off']).optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
      });
    }
  });

export type RawEnv = Record<string, string | undefined>;

export function projectRoot(): string {
  // Works from sources (libs/config/src) and from the build (dist/libs/config/src).
  const here = __dirname.split(path.sep);
  const index = here.lastIndexOf('libs');
  const root = here.slice(0, index).join(path.sep) || path.sep;
  return path.basename(root) === 'dist' ? path.dirname(root) : root;
}
