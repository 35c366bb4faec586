import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ChromiumBinary {
  executablePath: string;
  /** Where it came from, for the test log: `CHROMIUM_PATH`, `system` or `@sparticuz/chromium`. */
  origin: string;
  /** Flags this binary needs beyond the ones every launch passes. */
  args: string[];
}

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags every launch passes: no sandbox (root in CI), and no calls to Google's hosts (closed network). */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A Chromium for the browser tests, in this order: `CHROMIUM_PATH`, the system's, then the
 * headless shell that ships inside the `@sparticuz/chromium` npm tarball (Linux x64 only; nothing
 * is downloaded: the package's brotli archive is inflated once into node_modules/.cache).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumBinary {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH names ${env.CHROMIUM_PATH}, which does not exist`);
    return { executablePath: env.CHROMIUM_PATH, origin: 'CHROMIUM_PATH', args: [] };
  }
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system, origin: 'system', args: [] };
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `no Chromium found on ${process.platform}/${process.arch}: install Chrome or Chromium, or set CHROMIUM_PATH`,
    );
  return { executablePath: inflateSparticuz(), origin: '@sparticuz/chromium', args: ['--no-zygote'] };
}

/** Inflates the packaged binary once per package version; concurrent runs race to an atomic rename. */
function inflateSparticuz(): string {
  // The package's exports map hides package.json: resolve its entry point (build/index.js) instead.
  const packageDir = resolve(require.resolve('@sparticuz/chromium'), '..', '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const cacheRoot = join(packageDir, '..', '..', '.cache', 'passerelle-chromium');
  const target = join(cacheRoot, version);
  const binary = join(target, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(join(cacheRoot, `${version}-`));
  try {
    // The package is ESM-only and inflates into os.tmpdir(): run it in a child whose TMPDIR is ours.
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const c = (await import(${JSON.stringify(pathToFileURL(join(packageDir, 'build/index.js')).href)})).default;` +
          'await c.executablePath();',
      ],
      { env: { ...process.env, TMPDIR: staging }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (!existsSync(join(staging, 'chromium'))) throw new Error('@sparticuz/chromium inflated no binary');
    try {
      renameSync(staging, target);
    } catch (error) {
      if (!existsSync(binary)) throw error; // another run won the race: use its copy
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}
