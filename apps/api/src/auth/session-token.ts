import { Request } from 'express';

export const SESSION_COOKIE = 'passerelle_session';

/** The bearer token of the API, or the web UI's httpOnly session cookie. */
export function sessionTokenOf(request: Request): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  // cookie-parser types `cookies` as any.
  const cookie = (request as { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
  return cookie || null;
}
