import type { BannerTexts, PlaceholderTexts } from '@assent/banner';
import { chooseLanguage } from '@assent/banner/options';
import type { CheckedConfig } from '../config/read-config.js';
import { importBeside } from './import-beside.js';
import { within } from './within.js';

/** How long the banner or the placeholders, once loaded, wait for their language file before they show in English. */
export const LANGUAGE_WAIT = 1500;

/**
 * Returns a function that loads one of Assent's elements once, for every caller: `file` (`assent-banner.js`,
 * `assent-placeholders.js`) and the language file it needs (`<code>.js` in `textFolder`), both in parallel, found
 * beside `assent.js` at `base`, then hands them to `mount`. English is built into each element; a language file that fails, or has not come
 * {@link LANGUAGE_WAIT} ms after the element, leaves it in English. A failed load (offline, blocked, or no `base`:
 * assent.js could not tell its own URL) is reported and tried again on the next call.
 *
 * @example
 * const load = createElementLoader(script.src, config, 'the banner', 'assent-banner.js', ({ mount }, lang, language) =>
 *   mount(consent, { lang, language }),
 * );
 * load().then((banner) => banner.openPreferences());
 */
export function createElementLoader<Module, Mounted>(
  base: string | undefined,
  config: CheckedConfig,
  what: string,
  file: string,
  mount: (module: Module, lang: string, language?: Partial<BannerTexts & PlaceholderTexts>) => Mounted,
  textFolder = 'i18n/',
  moreTexts?: string | false,
): () => Promise<Mounted> {
  let loading: Promise<Mounted> | undefined;
  const load = async () => {
    const lang = chooseLanguage(config.lang);
    // Texts the element imports itself once it runs (`moreTexts`, a folder, where it will need them): asked for now,
    // beside it, they are not one round trip later. The browser fetches a module once.
    if (moreTexts) importBeside(base, `${moreTexts}${lang}.js`).catch(() => undefined);
    const language =
      lang == 'en'
        ? undefined
        : (importBeside(base, `${textFolder}${lang}.js`) as Promise<{ default: Partial<BannerTexts> }>).catch(
            () => undefined,
          );
    const module = (await importBeside(base, file)) as Module;
    const texts = language && (await within(language, LANGUAGE_WAIT));
    return mount(module, lang, texts?.default);
  };
  return () =>
    (loading ||= load().catch((error) => {
      loading = undefined;
      console.error(`assent: ${what} could not be loaded from beside ${base ?? 'assent.js (unknown)'}:`, error);
      throw error;
    }));
}
