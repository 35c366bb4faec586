// The project's import boundaries, resolved on paths (relative or @passerelle/* alias), so that
// `../../scheduler/src/x` is caught as surely as `@passerelle/…`. docs/architecture.md explains why.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Pure packages the domain may use (no I/O, no framework); in its specs also fast-check, and reading fixtures. */
const DOMAIN_PACKAGES = new Set(['@date-fns/tz', 'date-fns']);
const DOMAIN_SPEC_PACKAGES = new Set(['fast-check', 'node:fs', 'node:path']);

/** Where an import lands: a repository path ('libs/domain/src/x'), or a package name. */
function target(fromFile, specifier) {
  if (specifier.startsWith('.')) {
    return {
      file: path
        .relative(ROOT, path.resolve(path.dirname(fromFile), specifier))
        .split(path.sep)
        .join('/'),
    };
  }
  const alias = /^@passerelle\/([^/]+)(\/.*)?$/.exec(specifier);
  if (alias) return { file: `libs/${alias[1]}/src${alias[2] ?? ''}` };
  const name = specifier.startsWith('node:')
    ? specifier
    : specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
  return { package: name };
}

/** The part of the tree a repository path belongs to: 'apps/api', 'libs/domain', 'test', … */
function unit(file) {
  const [top, second] = file.split('/');
  return top === 'apps' || top === 'libs' ? `${top}/${second}` : top;
}

function violation(fromFile, specifier) {
  const from = path.relative(ROOT, fromFile).split(path.sep).join('/');
  const source = unit(from);
  const to = target(fromFile, specifier);
  if (source === 'libs/domain') {
    if (to.file !== undefined) {
      return unit(to.file) === 'libs/domain' ? null : `libs/domain imports nothing but itself (${specifier})`;
    }
    const spec = /\.(spec|property\.spec)\.ts$/.test(from);
    if (DOMAIN_PACKAGES.has(to.package) || (spec && DOMAIN_SPEC_PACKAGES.has(to.package))) return null;
    return `libs/domain is pure: no package "${to.package}" (allowed: ${[...DOMAIN_PACKAGES].join(', ')})`;
  }
  if (to.file === undefined) return null;
  const dest = unit(to.file);
  if (source.startsWith('libs/') && (dest.startsWith('apps/') || dest === 'test' || dest === 'bench')) {
    return `${source} must not import ${dest} (${specifier}): libs never depend on apps or tests`;
  }
  if (source.startsWith('apps/') && dest.startsWith('apps/') && dest !== source) {
    return `${source} must not import ${dest} (${specifier}): what both apps need belongs in a lib`;
  }
  const isSpec = /\.spec\.ts$/.test(from);
  if (source === 'libs/application' && ['libs/persistence', 'libs/mail'].includes(dest)) {
    return `libs/application speaks ports, not adapters (${specifier})`;
  }
  if (source === 'libs/application' && dest === 'libs/testing' && !isSpec) {
    return `libs/application speaks ports, not adapters (${specifier})`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the import boundaries between libs and apps (docs/architecture.md)' },
    schema: [],
  },
  create(context) {
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = violation(context.filename, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => check(node, node.moduleReference?.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { imports: rule } };
