// `npm start` builds once, and again only when a source file is newer than the last build.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stamp = 'dist/.build-stamp';
const sources = [
  'apps/api/src',
  'apps/scheduler/src',
  'libs',
  'bench',
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (latest, entry) => Math.max(latest, newest(join(path, entry))),
    stat.mtimeMs,
  );
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (sources.some((source) => newest(source) > built)) {
  process.stderr.write('passerelle: building…\n');
  execSync('npx tsc -p tsconfig.build.json && npx tsc-alias -p tsconfig.build.json', { stdio: 'inherit' });
  // Mail templates are files read at run time: they travel beside the compiled code.
  cpSync('libs/mail/src/templates', 'dist/libs/mail/src/templates', { recursive: true });
  // The PDF reader's worker is plain ESM (pdfjs-dist is ESM only): it travels as it is.
  cpSync('libs/file-reading/workers', 'dist/libs/file-reading/workers', { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}

// The officers' web app (apps/web, Vite): rebuilt when its sources or the shared locales changed.
const webStamp = 'apps/web/dist/.build-stamp';
const webSources = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/vite.config.mjs',
  'apps/web/tsconfig.json',
  'libs/i18n/src',
  'package-lock.json',
];
const webBuilt = existsSync(webStamp) ? statSync(webStamp).mtimeMs : 0;
if (webSources.some((source) => newest(source) > webBuilt)) {
  process.stderr.write('passerelle: building the web app…\n');
  execSync('npm run build:web', { stdio: 'inherit' });
  writeFileSync(webStamp, new Date().toISOString());
}
