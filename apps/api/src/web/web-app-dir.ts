import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the built officers' app lies (apps/web/dist): found by walking up from this file, so that
 * the same code works from the TypeScript sources (tests) and from the compiled dist/ (npm start).
 */
export function webAppDir(start: string = __dirname): string | null {
  let directory = resolve(start);
  for (;;) {
    const candidate = join(directory, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
}
