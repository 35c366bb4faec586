import { createHash, randomBytes } from 'node:crypto';

/** Opaque bearer secrets: 256 random bits shown once; only their SHA-256 is stored. */
export function newSecretToken(prefix: string): { token: string; hash: string } {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
