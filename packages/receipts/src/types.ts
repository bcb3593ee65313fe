import type { ConsentMethod, ConsentMode } from '@assent/core';

/**
 * One decision as the collector keeps it: what was chosen, when, under which policy, on which page.
 * No IP address and nothing that identifies the browser; `subject` only when the site supplies one.
 *
 * @example
 * { id: 'f3a09c21d4e5b677', decidedAt: '2026-05-01T12:00:00.000Z', policyVersion: '2026-05', method: 'custom',
 *   granted: ['analytics'], denied: ['marketing'], gpc: false, dnt: false, mode: 'opt-out', region: 'US-CA',
 *   regionRule: 'US-CA', language: 'en', origin: 'https://www.shop.example', path: '/checkout' }
 */
export interface Receipt {
  /** The decision's id (the visitor's consent reference); a reset gets an id of its own. */
  id: string;
  decidedAt: string;
  policyVersion: string;
  /** How the decision was made; `reset` when the visitor withdrew everything and the decision was forgotten. */
  method: ConsentMethod | 'reset';
  granted: string[];
  denied: string[];
  /** Services by `id`, where the site lets visitors choose them one by one (per-service consent); absent otherwise. */
  services?: { granted: string[]; denied: string[] };
  gpc: boolean;
  dnt: boolean;
  /** The mode in force when the visitor decided: the site's `mode`, or the one its rules by region chose. */
  mode: ConsentMode;
  /** The visitor's region (`US-CA`, `DE`), under rules by region with a region hint; absent otherwise. */
  region?: string;
  /** The entry of the site's `regions` that set the mode (`US-CA`, `US`, `EEA`); absent where none applied. */
  regionRule?: string;
  language: string;
  origin: string;
  /** The page's path, without query string or fragment. */
  path: string;
  subject?: string;
  /** Asks a collector on the shop's own site to renew the consent cookie (Safari's 7-day limit). Not stored. */
  cookie?: { name: string; domain?: string; days: number };
}

/**
 * Options of {@link sendReceipts}.
 *
 * @example
 * { endpoint: 'https://consent.shop.example/v1/receipts', subject: () => window.customerHash }
 */
export interface ReceiptOptions {
  /** The collector's `POST /v1/receipts` URL: http(s), absolute or relative to the page. */
  endpoint: string;
  /**
   * An opaque id of the logged-in customer, hashed by the site (never an e-mail address): 1 to 128 letters, digits,
   * `.`, `:`, `=`, `+`, `/`, `_` or `-`. A function is asked at each decision.
   */
  subject?: string | (() => string | undefined);
  /** The language the banner spoke. Default: the page's `lang`, else the browser's. */
  language?: string;
}

/**
 * What {@link sendReceipts} returns.
 *
 * @example
 * const receipts = sendReceipts(consent, { endpoint: '/v1/receipts' });
 * await receipts.flush();
 */
export interface ReceiptSender {
  /** Sends every receipt that is due now; resolves when the collector answered (or could not be reached). */
  flush(): Promise<void>;
  /** Stops sending receipts for new decisions. Receipts kept for later stay kept. */
  stop(): void;
}
