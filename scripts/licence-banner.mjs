// A rollup plugin that starts each bundle with a comment naming Assent's version and every third-party package
// bundled into it with its licence: their notices must travel with the code (MIT, BSD-3-Clause). Kept short, since
// every visitor downloads it; scripts/script-tag-package.mjs puts the full texts in dist/LICENSES.txt.
import { readFileSync } from 'node:fs';

const version = JSON.parse(readFileSync(new URL('../packages/script-tag/package.json', import.meta.url))).version;

function packageOf(id) {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
  if (!match) return null;
  const root = id.slice(0, match.index + match[0].length);
  const { name, license } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  return `${name} (${license})`;
}

/**
 * @example
 * plugins: [licenceBanner(), terser({ format: { comments: /^!/ } })]   // the minifier keeps "/*!" comments
 */
export function licenceBanner() {
  return {
    name: 'licence-banner',
    // Rollup adds banners before minifying and keeps the source map right.
    banner(chunk) {
      const bundled = [...new Set(chunk.moduleIds.map(packageOf).filter(Boolean))].sort();
      return bundled.length ? `/*! Assent ${version} (MIT), with ${bundled.join(', ')} */` : '';
    },
  };
}
