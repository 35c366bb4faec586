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

export const BODY_LIMIT = '1mb';

/** Builds the HTTP application exactly as production runs it; tests use it too. */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  app.use(helmet());
  // Browsers may call the API only from the same origin, or from CORS_ORIGINS.
  app.enableCors({
    origin: options.config.corsOrigins.length ? options.config.corsOrigins : false,
    credentials: true,
  });
  app.use(cookieParser());
  const filter = new HttpExceptionFilter();
  const json = express.json({ limit: BODY_LIMIT });
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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
