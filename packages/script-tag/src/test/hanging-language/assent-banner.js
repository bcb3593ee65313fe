// The banner, beside a language file that hangs.
export * from '../assent-banner.js';
