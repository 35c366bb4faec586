import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, AppModuleOptions } from '../app.module';
import { HttpExceptionFilter } from '../common/http-exception.filter';
import { createValidationPipe } from '../common/validation.pipe';
import { QuietFrameworkLogger } from './quiet-framework-logger';
import { guardApiDocs } from '../security/api-docs-access';
import { assertJsonDepth } from '../security/input-limits';
import { noStore } from '../security/no-store.middleware';

export const BODY_LIMIT = '1mb';

/** Builds the HTTP application exactly as production runs it; tests use it too. */
export async function createApp(
  options: AppModuleOptions & {
    /** false: the caller handles SIGTERM/SIGINT (main.ts stops the app, then the embedded database). */
    shutdownHooks?: boolean;
  },
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(new QuietFrameworkLogger(app.get(Logger)));
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (none by default).
  app.set('trust proxy', options.config.trustProxy);
  app.use(helmet());
  // Browsers may call the API only from the same origin, or from CORS_ORIGINS.
  app.enableCors({
    origin: options.config.corsOrigins.length ? options.config.corsOrigins : false,
    credentials: true,
  });
  app.use(cookieParser());
  app.use('/api', noStore);
  const filter = new HttpExceptionFilter();
  // Depth is checked on the raw bytes, before JSON.parse and class-transformer recurse into it.
  const json = express.json({
    limit: BODY_LIMIT,
    verify: (_request, _response, buffer) => assertJsonDepth(buffer),
  });
  // Parse errors (too large, malformed) must leave in the same JSON shape as every other error.
  app.use((req: Request, res: Response, next: NextFunction) =>
    json(req, res, (error?: unknown) => {
      if (!error) return next();
      filter.catch(error, { switchToHttp: () => ({ getResponse: () => res }) } as never);
    }),
  );
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(filter);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Passerelle API')
      .setDescription(
        'Conventions of decentralized cooperation: clauses, deadlines, compliance (docs/README.md)',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  guardApiDocs(app, options.config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
