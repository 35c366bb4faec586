import { join } from 'node:path';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { webAppDir } from './web-app-dir';

/** Paths the API answers itself: never the app's index.html, even when nothing matches (a JSON 404). */
export function isApiPath(path: string): boolean {
  return (
    path === '/api' ||
    path.startsWith('/api/') ||
    path === '/health' ||
    path.startsWith('/health/') ||
    // Prometheus' route, never the app's index.html (which a 200 would pass off as metrics).
    path === '/metrics'
  );
}

/**
 * The built React app at `/`: hashed assets cached for a year, index.html for every other page
 * path (the app routes in the browser). Only GET and HEAD, and only outside /api and /health,
 * so that the API keeps every one of its routes and its JSON 404s.
 */
export function serveWebApp(directory: string | null = webAppDir()): RequestHandler {
  const assets = directory
    ? express.static(directory, {
        index: false,
        fallthrough: true,
        setHeaders: (response, path) => {
          response.setHeader(
            'Cache-Control',
            path.includes(`${join('assets', '')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      })
    : null;
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path)) return next();
    if (!assets || !directory) {
      response
        .status(503)
        .type('text/plain')
        .send('The web application is not built: run `npm run build:web`.');
      return;
    }
    assets(request, response, () => {
      // A missing asset is a 404, not the app: a stale tab asking for an old bundle must fail plainly.
      if (request.path.startsWith('/assets/')) {
        response.status(404).type('text/plain').send('Not found');
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(join(directory, 'index.html'));
    });
  };
}
