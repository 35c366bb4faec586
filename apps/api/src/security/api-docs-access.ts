import { INestApplication } from '@nestjs/common';
import { AuthenticateUseCase } from '@passerelle/application';
import { AppConfig } from '@passerelle/config';
import { NextFunction, Request, Response } from 'express';
import { sessionTokenOf } from '../auth/session-token';

export const API_DOCS_PATH = '/api/docs';

/**
 * Swagger UI and the OpenAPI document map every route and field: in production only signed-in
 * users (bearer or the web app's cookie) get them, and API_DOCS=off serves neither.
 * Installed before SwaggerModule.setup, which adds its own express routes.
 */
export function guardApiDocs(app: INestApplication, config: AppConfig): void {
  if (config.apiDocs === 'public') return;
  const authenticate = app.get(AuthenticateUseCase);
  app.use(API_DOCS_PATH, (request: Request, response: Response, next: NextFunction) => {
    const refuse = (statusCode: number, message: string) =>
      response
        .status(statusCode)
        .setHeader('Cache-Control', 'no-store')
        .json({ statusCode, error: statusCode === 404 ? 'Not Found' : 'Unauthorized', message });
    if (config.apiDocs === 'off') return refuse(404, 'not found');
    const token = sessionTokenOf(request);
    const pending = token ? authenticate.execute(token) : Promise.resolve(null);
    pending
      .then((actor) => {
        if (!actor) return refuse(401, 'authentication required: sign in to read the API documentation');
        response.setHeader('Cache-Control', 'no-store');
        next();
      })
      .catch(next);
  });
}
