// Registers <assent-banner>; the only module of this package with a side effect.
import { AssentBanner } from './banner/banner.component.js';

export { AssentBanner };
export { registerLanguage, chooseLanguage, languages } from './i18n/language.js';
export { fetchWithPreferences } from './banner/service-slot.js';

// On a server (no customElements) importing this registers nothing; the browser registers it when it loads.
const registry = globalThis.customElements;
if (registry && !registry.get('assent-banner')) registry.define('assent-banner', AssentBanner);

declare global {
  interface HTMLElementTagNameMap {
    'assent-banner': AssentBanner;
  }
}
