// @assent/script-tag publishes the script-tag bundles: dist/ (assent.js, assent-banner.js, i18n/) copied into
// packages/script-tag/dist/, with LICENSES.txt holding the licence of Assent and of every package the bundles'
// first comments name (scripts/licence-banner.mjs).
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const target = 'packages/script-tag/dist';

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
  for (const file of readdirSync(target).filter((entry) => entry.endsWith('.js'))) {
    const first = readFileSync(`${target}/${file}`, 'utf8').split('\n', 1)[0];
    const names = /, with (.*?) \*\//.exec(first)?.[1] ?? '';
    for (const [, name] of names.matchAll(/([@\w./-]+) \([^)]*\)/g)) bundled.add(name);
  }
  const sections = [`Assent\n\n${readFileSync('LICENSE', 'utf8').trim()}`];
  for (const name of [...bundled].sort()) sections.push(`${name}\n\n${licenceText(name)}`);
  const text = `${sections.join(`\n\n${'-'.repeat(78)}\n\n`)}\n`;
  writeFileSync(`${target}/LICENSES.txt`, text);
  if (existsSync('dist')) writeFileSync('dist/LICENSES.txt', text);
}
