// Placeholders for embeds that wait for consent: their own entry, so that only pages with such embeds load them.
export { placeholders, type PlaceholderOptions } from './placeholder/placeholders.js';
export { registerLanguage } from './i18n/language.js';
