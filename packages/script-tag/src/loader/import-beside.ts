/**
 * Imports an ES module that ships beside `assent.js` (the banner, a language, an integration), `path` being
 * relative to `base`, the URL `assent.js` was loaded from. Without a `base` (assent.js could not tell its own URL)
 * it throws, and never falls back to the page's base URL.
 *
 * @example
 * const { mount } = await importBeside(script.src, 'assent-banner.js');
 */
export const importBeside = (base: string | undefined, path: string) => import(new URL(path, base).href);
