// The packages' layers: @assent/core knows no other package; @assent/banner and @assent/analytics-bridge build on
// core and never on each other. Only the script tag (and the examples) wire them together. Run by npm run lint;
// exits non-zero, naming each import that crosses a layer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Which packages each package may import.
export const LAYERS = {
  core: [],
  banner: ['core'],
  'analytics-bridge': ['core'],
};

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.(ts|js|mjs)$/.test(entry.name)) yield path;
  }
}

// The package an import points at: an @assent/<name> specifier, or a relative path that leaves the package.
function target(specifier, file, packages) {
  const scoped = /^@assent\/([^/]+)/.exec(specifier);
  if (scoped) return scoped[1];
  if (!specifier.startsWith('.')) return undefined;
  const [, name] = /^([^/\\]+)/.exec(relative(packages, resolve(file, '..', specifier))) ?? [];
  return name;
}

/**
 * Every import under `root`/packages that crosses a layer, as "file: imports @assent/<name>".
 *
 * @example
 * layerViolations('.') // [] when the layers hold
 */
export function layerViolations(root) {
  const packages = resolve(root, 'packages');
  const found = [];
  for (const [name, allowed] of Object.entries(LAYERS)) {
    for (const file of sources(join(packages, name, 'src'))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const to = target(specifier, file, packages);
        if (to && to !== name && !allowed.includes(to)) {
          found.push(
            `${relative(root, file)}: imports @assent/${to} (${specifier}); ${name} may import ${allowed.join(', ') || 'no other package'}`,
          );
        }
      }
    }
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = layerViolations('.');
  for (const line of found) console.error(`assent layers: ${line}`);
  if (found.length) process.exit(1);
  console.log('assent layers: core imports no other package; banner and analytics-bridge import only core');
}
