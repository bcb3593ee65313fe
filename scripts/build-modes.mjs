// The npm builds come in two modes, chosen by the "development" export condition (Vite, webpack, Next.js and
// Node's --conditions=development set it in development), as lit does: dist/ is production, with the development
// checks switched off, and dist/development/ has them on. Neither reads process.env at run time, so the packages
// also run unbundled in a browser (an import map, an ESM CDN), where there is no process.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const MODE_CHECK = /process\.env\.NODE_ENV/g;

function* files(dir, skip) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== skip) yield* files(path, skip);
    } else yield path;
  }
}

/**
 * Writes dist/development/ beside dist/ with process.env.NODE_ENV set to "development", then sets it to
 * "production" in dist/. Declarations stay in dist/ only (both modes have the same types).
 *
 * @example
 * splitModes('packages/core/dist');
 */
export function splitModes(dist) {
  const development = join(dist, 'development');
  for (const file of [...files(dist, development)]) {
    const target = join(development, relative(dist, file));
    if (file.endsWith('.js')) {
      const code = readFileSync(file, 'utf8');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, code.replace(MODE_CHECK, '"development"'));
      writeFileSync(file, code.replace(MODE_CHECK, '"production"'));
    } else if (file.endsWith('.js.map')) {
      // One folder deeper: the map's sources are one more level up.
      const map = JSON.parse(readFileSync(file, 'utf8'));
      map.sources = map.sources.map((source) => `../${source}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify(map));
    }
  }
}
