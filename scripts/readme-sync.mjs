// Keeps what the READMEs quote true to the build and to the size budgets:
// - between <!-- cdn --> and <!-- /cdn -->: the script tag pinned to this version, with the integrity of the
//   built dist/assent.js (run after npm run build);
// - between <!-- sizes --> and <!-- /sizes --> (every budget) or <!-- sizes:core --> (one package's): the limits
//   npm run size enforces.
// `npm run readme:sync` rewrites those blocks; test/node/readme.test.mjs fails until it has been run.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** The READMEs that may hold synced blocks: the repository's and each package's (its npm page). */
export const readmes = [
  'README.md',
  ...readdirSync(new URL('packages/', root))
    .map((name) => `packages/${name}/README.md`)
    .filter((path) => existsSync(new URL(path, root))),
];

/** Every size budget npm run size checks, with the folder its configuration is in. */
export async function budgets() {
  const places = { 'script-tag': '.', core: 'packages/core', banner: 'packages/banner' };
  places['analytics-bridge'] = 'packages/analytics-bridge';
  const found = [];
  for (const [name, dir] of Object.entries(places)) {
    let list = [];
    if (existsSync(new URL(`${dir}/.size-limit.json`, root))) list = JSON.parse(read(`${dir}/.size-limit.json`));
    else if (existsSync(new URL(`${dir}/.size-limit.js`, root)))
      list = (await import(new URL(`${dir}/.size-limit.js`, root))).default;
    else list = JSON.parse(read(`${dir}/package.json`))['size-limit'] ?? [];
    for (const budget of list) found.push({ package: name, name: budget.name, limit: budget.limit });
  }
  return found;
}

/** The script tag's published version and the integrity of the built dist/assent.js. */
export function scriptTag() {
  const { name, version } = JSON.parse(read('packages/script-tag/package.json'));
  const built = new URL('dist/assent.js', root);
  if (!existsSync(built)) throw new Error('dist/assent.js is missing: run "npm run build" first');
  const integrity = `sha384-${createHash('sha384').update(readFileSync(built)).digest('base64')}`;
  return { name, version, integrity, url: `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/assent.js` };
}

function cdnBlock() {
  const { url, integrity } = scriptTag();
  return `\`\`\`html
<script src="${url}"
        integrity="${integrity}"
        crossorigin="anonymous" defer
        data-policy-version="2024-05"
        data-privacy-url="/pages/privacy"
        data-categories="analytics marketing"
        data-ga="G-ABC123"></script>
\`\`\``;
}

function sizesBlock(all, only) {
  const rows = all.filter((budget) => !only || budget.package === only);
  return [
    '| what is measured (minified, brotli) | at most |',
    '|---|---|',
    ...rows.map((budget) => `| ${budget.name.replaceAll('<', '&lt;')} | ${budget.limit} |`),
  ].join('\n');
}

/** Each README's text as it should be, with every block rewritten. */
export async function expected() {
  const all = await budgets();
  const result = {};
  for (const path of readmes) {
    result[path] = read(path)
      .replace(/(<!-- cdn -->)[\s\S]*?(<!-- \/cdn -->)/g, (_, open, close) => `${open}\n${cdnBlock()}\n${close}`)
      .replace(
        /(<!-- sizes(?::([\w-]+))? -->)[\s\S]*?(<!-- \/sizes -->)/g,
        (_, open, only, close) => `${open}\n${sizesBlock(all, only)}\n${close}`,
      );
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, text] of Object.entries(await expected())) {
    if (text === read(path)) continue;
    writeFileSync(new URL(path, root), text);
    console.log(`updated ${path}`);
  }
}
