// The mail layouts are MJML (libs/mail/src/templates/mjml): compiled here, at build time, into
// table-based HTML with inlined CSS (libs/mail/src/templates/compiled, committed), one file per
// writing direction. The servers only fill placeholders in that HTML: mjml (a dev dependency)
// takes seconds to load and tens of milliseconds per layout, which no start and no mail pays.
// `node scripts/compile-mail-templates.cjs` writes; `--check` fails when a compiled file is stale.
const fs = require('node:fs');
const path = require('node:path');

const TEMPLATES = path.join(__dirname, '..', 'libs', 'mail', 'src', 'templates');
const SOURCES = path.join(TEMPLATES, 'mjml');
const COMPILED = path.join(TEMPLATES, 'compiled');

const DIRECTIONS = {
  ltr: { dir: 'ltr', start: 'left', end: 'right', font: "'Segoe UI', Helvetica, Arial, sans-serif" },
  rtl: { dir: 'rtl', start: 'right', end: 'left', font: 'Tahoma, Arial, sans-serif' },
};

/**
 * `<mj-include path="_x.mjml" preview="…" />` inlined by hand, so that `${dir}` reaches the
 * partials too, and the include's own attributes (`${preview}`) fill the partial.
 */
function expand(file, variables) {
  const source = fs.readFileSync(path.join(SOURCES, file), 'utf8');
  return source
    .replace(/<mj-include path="([\w.-]+)"((?: \w+="[^"]*")*) \/>/g, (_whole, partial, attributes) => {
      const own = Object.fromEntries([...attributes.matchAll(/ (\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      return expand(partial, { ...variables, ...own });
    })
    .replace(/\$\{(\w+)\}/g, (whole, name) => variables[name] ?? whole);
}

async function compileMailTemplates() {
  const mjml = require('mjml');
  const compiled = new Map();
  const layouts = fs.readdirSync(SOURCES).filter((file) => file.endsWith('.mjml') && !file.startsWith('_'));
  for (const file of layouts.sort()) {
    for (const [name, direction] of Object.entries(DIRECTIONS)) {
      const result = await mjml(expand(file, direction), { validationLevel: 'strict', keepComments: false });
      if (result.errors.length) throw new Error(`${file} (${name}): ${JSON.stringify(result.errors)}`);
      const banner = `<!-- Generated from templates/mjml/${file} by scripts/compile-mail-templates.cjs: edit the MJML, not this file. -->\n`;
      compiled.set(`${file.replace(/\.mjml$/, '')}.${name}.html`, banner + result.html + '\n');
    }
  }
  return compiled;
}

async function main() {
  const check = process.argv.includes('--check');
  const compiled = await compileMailTemplates();
  fs.mkdirSync(COMPILED, { recursive: true });
  const stale = [];
  for (const [file, html] of compiled) {
    const target = path.join(COMPILED, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (current === html) continue;
    if (check) stale.push(file);
    else fs.writeFileSync(target, html);
  }
  if (stale.length) {
    process.stderr.write(`stale compiled mail templates: ${stale.join(', ')} (run npm run mail:build)\n`);
    process.exit(1);
  }
  process.stdout.write(`${compiled.size} mail layouts ${check ? 'up to date' : 'compiled'} in ${COMPILED}\n`);
}

module.exports = { compileMailTemplates, COMPILED };
if (require.main === module)
  main().catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
