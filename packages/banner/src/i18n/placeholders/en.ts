/**
 * English texts of the placeholders over embeds that wait for consent, bundled with the placeholders as the
 * fallback for every missing key: `{service}` is the embed's service and host, `{category}` what "Always allow"
 * grants. A page without such an embed never downloads them (nor any language's: `i18n/placeholders/<code>`). The
 * placeholders also use the banner's `privacy`, category labels and list separators.
 *
 * @example
 * import en from '@assent/banner/i18n/placeholders/en';
 * placeholders(consent, { texts: { ...en, loadOnce: 'Show this video' } });
 */
export default {
  embedTitle: 'Content from {service}',
  embedText: 'Loading it sends your IP address and the address of this page to {service}, which may also set cookies.',
  loadOnce: 'Load this once',
  alwaysAllow: 'Always allow {category}',
};
