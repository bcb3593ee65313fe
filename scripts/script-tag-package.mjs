// @assent/script-tag publishes the script-tag bundles: dist/ (assent.js, assent-banner.js, i18n/) copied into
// packages/script-tag/dist/, with LICENSES.txt holding the licence of Assent and of every package the bundles'
// first comments name (scripts/licence-banner.mjs).
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const target = 'packages/script-tag/dist';

/**
 * The packages a bundle's licence comment names (scripts/licence-banner.mjs). The comment is not always the first
 * line: assent.js opens with V8's compile hint.
 *
 * @example
 * bundledPackages(readFileSync('dist/assent.js', 'utf8')) // ['nanostores']
 */
export function bundledPackages(code) {
  const names = /^\/\*! Assent \S+ \(MIT\), with (.*?) \*\//m.exec(code.slice(0, 1000))?.[1] ?? '';
  return [...names.matchAll(/([@\w./-]+) \([^)]*\)/g)].map(([, name]) => name);
}

function licenceText(name) {
  const dir = `node_modules/${name}`;
  const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
  if (!file) throw new Error(`${name} ships no LICENSE file: its notice cannot be bundled`);
  return readFileSync(`${dir}/${file}`, 'utf8').trim();
}

/**
 * @example
 * packScriptTag(); // after rollup has written dist/
 */
export function packScriptTag() {
  rmSync(target, { recursive: true, force: true });
  cpSync('dist', target, { recursive: true });
  const bundled = new Set();
  const files = readdirSync(target, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.js'));
  for (const file of files)
    for (const name of bundledPackages(readFileSync(`${target}/${file}`, 'utf8'))) bundled.add(name);
  const sections = [`Assent\n\n${readFileSync('LICENSE', 'utf8').trim()}`];
  for (const name of [...bundled].sort()) sections.push(`${name}\n\n${licenceText(name)}`);
  const text = `${sections.join(`\n\n${'-'.repeat(78)}\n\n`)}\n`;
  writeFileSync(`${target}/LICENSES.txt`, text);
  if (existsSync('dist')) writeFileSync('dist/LICENSES.txt', text);
}
