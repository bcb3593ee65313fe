// A rollup plugin for the script tag's banner and language files. Each language keeps every text in one source file
// (packages/banner/src/i18n/<code>.ts: what a translator needs in one place), and the npm banner has English's notice
// built in (i18n/notice-en.ts), but only visitors under a rule by region whose law asks for an opt-out (a US state's)
// ever see the notice's texts. In the script tag's build, assent-banner.js and i18n/<code>.js leave them out, for
// every other visitor's first visit; i18n/notice/<code>.js (English's too) holds them alone, fetched by the banner
// only where the notice shows (see packages/script-tag/src/banner-entry.ts).
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const PREFIX = 'assent-notice:';
const LANGUAGE_FILE = /[\\/]banner[\\/]src[\\/]i18n[\\/]([a-z]{2,3}(?:-[a-z0-9]+)?)\.ts$/i;
const ENGLISH_NOTICE = /[\\/]banner[\\/]src[\\/]i18n[\\/]notice-en\.ts$/;

/** The default export of a text module (data only: its imports are types), read at build time. */
async function textsOf(file) {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
}

const pick = (texts, keys, keep) =>
  Object.fromEntries(Object.entries(texts).filter(([key]) => keys.includes(key) == keep));

/**
 * The input of the notice file of a language, for rollup's `input`.
 *
 * @example
 * input: { 'i18n/notice/de': noticeInput('de') }
 */
export const noticeInput = (code) => `${PREFIX}${code}`;

/**
 * @example
 * plugins: [noticeSplit('packages/banner/src/i18n'), ...]
 */
export function noticeSplit(folder) {
  let noticeKeys;
  const keys = async () => (noticeKeys ||= Object.keys(await textsOf(`${folder}/notice-en.ts`)));
  return {
    name: 'notice-split',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    async load(id) {
      if (id.startsWith(`\0${PREFIX}`)) {
        const code = id.slice(PREFIX.length + 1);
        const file = code == 'en' ? 'notice-en' : code;
        return `export default ${JSON.stringify(pick(await textsOf(`${folder}/${file}.ts`), await keys(), true))};`;
      }
      if (ENGLISH_NOTICE.test(id)) return 'export default {};';
      // en.ts has no notice texts to leave out.
      const language = LANGUAGE_FILE.exec(id);
      if (!language || language[1] == 'en') return null;
      return `export default ${JSON.stringify(pick(await textsOf(id), await keys(), false))};`;
    },
  };
}
