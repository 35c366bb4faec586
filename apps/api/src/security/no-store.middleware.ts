import { NextFunction, Request, Response } from 'express';

/**
 * Every API answer is private to its caller: no browser or proxy may keep it (a shared computer's
 * back button, a caching proxy). A route that means otherwise sets its own Cache-Control after
 * this (the calendar feed: private, 5 minutes, for calendar clients that poll with its ETag).
 */
export function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
