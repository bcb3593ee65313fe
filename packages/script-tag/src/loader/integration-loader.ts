import type { Consent } from '@assent/core';
import type { TagConnection } from '@assent/analytics-bridge';
import { importBeside } from './import-beside.js';

/** What each `integrations/<name>.js` exports. */
export interface IntegrationModule {
  /** `nonce` is assent.js's own, for the scripts a vendor's integration adds under a strict CSP. */
  connect(consent: Consent, options?: object, nonce?: string): TagConnection | undefined;
}

/**
 * Returns a function that loads one integration, `integrations/<name>.js` found beside `assent.js` at `base`, and
 * connects it to the store: integrations live in their own files so that a site that uses none downloads none. A
 * failed load (offline, blocked) is reported and changes nothing else.
 *
 * @example
 * const integration = createIntegrationLoader(script.src, consent);
 * if (config.gtm) integration('gtm', { containerId: config.gtm });
 */
export function createIntegrationLoader(base: string | undefined, consent: Consent) {
  return (name: string, options?: object, nonce?: string): Promise<TagConnection | void> | undefined =>
    base
      ? (importBeside(base, `integrations/${name}.js`) as Promise<IntegrationModule>).then(
          (module) => module.connect(consent, options, nonce),
          // The browser's error names the file.
          (error) => console.error('assent:', error),
        )
      : undefined;
}
