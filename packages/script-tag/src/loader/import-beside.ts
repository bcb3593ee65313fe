/**
 * Imports an ES module that ships beside `assent.js` (the banner, a language, an integration), `path` being
 * relative to `base`, the URL `assent.js` was loaded from.
 *
 * @example
 * const { mount } = await importBeside(script.src, 'assent-banner.js');
 */
export const importBeside = (base: string, path: string) => import(new URL(path, base).href);
