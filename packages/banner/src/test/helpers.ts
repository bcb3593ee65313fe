// Shared by the banner's test suites: a real consent store per test, each with its own cookie.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createConsent } from '@assent/core';
import type { Consent, ConsentOptions } from '@assent/core';
import '../define.js';
import type { AssentBanner } from '../banner/banner.component.js';

let count = 0;
const made: Consent[] = [];

export const categories: ConsentOptions['categories'] = [
  { name: 'preferences' },
  {
    name: 'analytics',
    services: [{ name: 'Google Analytics', description: 'Counts visits', cookies: ['_gid', /^_ga/] }],
  },
  { name: 'marketing', description: 'Ads on other sites' },
];

/** A fresh store (unique cookie) and a banner bound to it, already rendered. */
export async function setup(
  options: Partial<ConsentOptions> = {},
  configure: (el: AssentBanner) => void = () => {},
): Promise<{ el: AssentBanner; consent: Consent }> {
  const consent = make(options);
  const el = await fixture<AssentBanner>(html`<assent-banner privacy-url="/privacy"></assent-banner>`);
  configure(el);
  el.consent = consent;
  await settle(el);
  return { el, consent };
}

export function make(options: Partial<ConsentOptions> = {}): Consent {
  const consent = createConsent({ policyVersion: '1', categories, cookieName: `assent_banner_${++count}`, ...options });
  made.push(consent);
  return consent;
}

/** Waits for the element's render and a frame, so that dialogs and focus have settled. */
export async function settle(el: AssentBanner): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await el.updateComplete;
  // The opening animation fades in: colours (and axe's contrast check) are only final at its end.
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
}

export const part = (el: AssentBanner, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`);

export const dialog = (el: AssentBanner): HTMLDialogElement | null => el.shadowRoot!.querySelector('dialog');

export const focused = (el: AssentBanner): Element | null => el.shadowRoot!.activeElement;

/** Forgets every store and cookie made by the last test. */
export function cleanup(): void {
  for (const consent of made.splice(0)) {
    consent.destroy();
    document.cookie = `${consent.options.cookieName}=; max-age=0; path=/`;
  }
}

/**
 * The messages of the errors `run` leaves uncaught (an attribute callback's errors are reported, not thrown),
 * without the engine's "Uncaught Error: " prefix. They do not fail the test: the test checks them.
 */
export async function uncaught(run: () => unknown): Promise<string[]> {
  const messages: string[] = [];
  const { onerror } = window;
  window.onerror = (message) => {
    messages.push(String(message).replace(/^(Uncaught )?(Error: )?/, ''));
    return true;
  };
  try {
    await run();
  } finally {
    window.onerror = onerror;
  }
  return messages;
}

/** Runs `run` in a browser that sends Global Privacy Control (`navigator.globalPrivacyControl`), then stops it. */
export async function withGpc(run: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  try {
    await run();
  } finally {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  }
}

/** Shift+Tab. WebDriver (WebKit) takes no key-down/key-up steps, but holds a modifier sent in a "type" sequence. */
export async function pressShiftTab(): Promise<void> {
  try {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } catch {
    await sendKeys({ type: '\uE008\uE004' });
  }
}
