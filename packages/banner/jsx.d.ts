// <assent-banner> in JSX, for TypeScript: bring it in once, with
//   import type {} from '@assent/banner/jsx';
// (or "types": ["@assent/banner/jsx"] in tsconfig.json). React 19 gives a custom element's known properties as
// properties (so `consent={consent}` reaches the store setter) and listens to `on<event-name>` props.
// A hand-written declaration file, not compiled: it extends React's JSX, which only a React project has.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConsentChange } from '@assent/core';
import type { AssentBanner } from './dist/banner/banner.component.js';

/**
 * What `<assent-banner>` takes in JSX: its attributes, its `consent` and `texts` properties, and its events.
 *
 * @example
 * <assent-banner consent={consent} privacy-url="/privacy" layout="box" onassent-change={(event) => track(event.detail)} />
 */
export interface AssentBannerProps {
  /** The store to show and drive, from `createConsent()`. */
  consent?: AssentBanner['consent'];
  /** Per-key overrides of the chosen language's texts (shown as text). */
  texts?: AssentBanner['texts'];
  /** Show the visitor their consent reference in the preferences, for sites that send receipts. */
  showConsentReference?: AssentBanner['showConsentReference'];
  /** Link to the privacy policy: an http(s) or relative URL. */
  'privacy-url'?: string;
  /** `bar` at the bottom (default), `box` in a corner, or a centred `modal`. */
  layout?: AssentBanner['layout'];
  /** `auto` (default) follows the page's color-scheme, then the system's. */
  'color-scheme'?: AssentBanner['colorScheme'];
  /** Show the button that reopens the preferences after a decision. */
  'floating-button'?: boolean | 'auto' | 'true' | 'false';
  /** The banner's language, e.g. `de`; default the page's `lang`. */
  lang?: string;
  /** The banner or the preferences opened. */
  'onassent-show'?: (event: Event) => void;
  /** Closed, by a choice or a dismissal. */
  'onassent-hide'?: (event: Event) => void;
  /** The store changed. */
  'onassent-change'?: (event: CustomEvent<ConsentChange>) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'assent-banner': DetailedHTMLProps<HTMLAttributes<AssentBanner>, AssentBanner> & AssentBannerProps;
    }
  }
}
