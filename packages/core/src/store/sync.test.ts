import { expect } from '@open-wc/testing';
import { createConsent } from '../index.js';
import type { Consent, ConsentMethod, ConsentState } from '../types.js';
import { encodeRecord, decisionId } from '../record/record.js';
import { captureConsole, clearAllCookies, openOtherTab, type OtherTab, uniqueName, until } from '../test/helpers.js';

let consent: Consent;
let other: OtherTab | undefined;
beforeEach(() => {
  consent = createConsent({ policyVersion: '1', cookieName: uniqueName() });
});
afterEach(() => {
  consent.destroy();
  other?.frame.remove();
  other = undefined;
  clearAllCookies();
});

const HOUR = 3600000;

// A cookie value as a tab of this site writes it.
function decision(decidedAt: number, method: ConsentMethod, granted: string[], id = decisionId()): string {
  return encodeRecord({ policyVersion: '1', decidedAt, id, method, granted });
}

// Another tab wrote the cookie and told the tabs (the message carries nothing: each tab reads the cookie).
function tellTabs(): void {
  new BroadcastChannel(`assent:${consent.options.cookieName}`).postMessage(1);
}

// The decision a page loaded now would read from the cookie.
function decisionInCookie(): ConsentState {
  const reader = createConsent({ policyVersion: '1', cookieName: consent.options.cookieName });
  reader.destroy();
  return reader.get();
}

describe('latest choice wins across tabs', () => {
  // The message arrives at once; the tests allow a loaded CI machine 5 s, since speed is measured in bench/, not here.
  it('brings a decision made in another tab to this one, without reload', async () => {
    other = await openOtherTab(consent.options.cookieName);
    other.consent.acceptAll();
    expect(await until(() => consent.get().status === 'decided', 5000)).to.equal(true);
    expect(consent.get().id).to.equal(other.consent.get().id);
    other.consent.update({ analytics: false });
    expect(await until(() => consent.allowed('analytics') === false, 5000)).to.equal(true);
  });

  it('brings a reset in another tab here too', async () => {
    consent.acceptAll();
    other = await openOtherTab(consent.options.cookieName);
    expect(other.consent.get().id).to.equal(consent.get().id);
    other.consent.reset();
    expect(await until(() => consent.get().status === 'pending', 5000)).to.equal(true);
  });

  it('never lets an older decision overwrite a newer one, here or in the cookie', async () => {
    consent.acceptAll();
    const newer = consent.get();
    // An older decision lands in the cookie (a slow tab) and the tabs are told.
    document.cookie = `${consent.options.cookieName}=${decision(Date.parse(newer.decidedAt!) - 60000, 'reject-all', [])}; path=/`;
    tellTabs();
    // The message arrives, the tab re-reads and writes back: on a busy machine WebKit has taken more than 200 ms.
    await until(() => decisionInCookie().id === newer.id, 2000);
    expect(consent.get().id).to.equal(newer.id);
    expect(consent.allowed('analytics')).to.equal(true);
    // This tab wrote its newer decision back, so a page loaded now agrees with it.
    expect(decisionInCookie().id).to.equal(newer.id);
  });

  it('settles two decisions of the same millisecond by their ids, the same way in every tab', async () => {
    const name = consent.options.cookieName;
    const at = Date.now() - 1000;
    const lower = decision(at, 'accept-all', ['preferences', 'analytics', 'marketing'], '0000000000000001');
    const higher = decision(at, 'reject-all', [], 'ffffffffffffff01');
    document.cookie = `${name}=${lower}; path=/`;
    tellTabs();
    expect(await until(() => consent.get().id === '0000000000000001')).to.equal(true);
    document.cookie = `${name}=${higher}; path=/`;
    tellTabs();
    expect(await until(() => consent.get().id === 'ffffffffffffff01')).to.equal(true);
    // A tab that decided in the same millisecond writes its decision last: it is outranked, not taken.
    document.cookie = `${name}=${lower}; path=/`;
    tellTabs();
    await new Promise((r) => setTimeout(r, 500));
    expect(consent.get()).to.include({ id: 'ffffffffffffff01', method: 'reject-all' });
    expect(decisionInCookie().id).to.equal('ffffffffffffff01');
  });

  it('keeps its own decision when a tab of another policy version decides, rather than withdrawing it', async () => {
    consent.acceptAll();
    const own = consent.get();
    // A tab of the site's next release (policy version 2) has just asked and been answered.
    document.cookie = `${consent.options.cookieName}=${encodeRecord({ policyVersion: '2', decidedAt: Date.now(), id: decisionId(), method: 'accept-all', granted: ['analytics'] })}; path=/`;
    tellTabs();
    // Past the second read, 0.3 s after the message.
    await new Promise((r) => setTimeout(r, 500));
    expect(consent.get()).to.include({ status: 'decided', id: own.id });
    expect(consent.allowed('analytics')).to.equal(true);
  });

  it('re-reads the cookie when the page comes back from the back/forward cache', () => {
    // Decided in another tab while this page sat in the cache, where no message reached it.
    const id = decisionId();
    document.cookie = `${consent.options.cookieName}=${decision(Date.now(), 'custom', ['preferences'], id)}; path=/`;
    expect(consent.get().status).to.equal('pending');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(consent.get()).to.include({ status: 'decided', id });
    expect(consent.allowed('preferences')).to.equal(true);
  });
});

describe('the write check and older cookies of the same name', () => {
  const older = () => decision(Date.now() - HOUR, 'accept-all', ['preferences', 'analytics', 'marketing']);

  it('finds its own cookie past an older one on a deeper path, and keeps following the other tabs', async () => {
    const name = consent.options.cookieName;
    // Left by an earlier setup of the site on its /packages pages, where the other tab is open.
    document.cookie = `${name}=${older()}; path=/packages`;
    try {
      other = await openOtherTab(name);
      expect(other.consent.get().method, 'the other tab reads the older cookie').to.equal('accept-all');
      other.consent.rejectAll();
      expect(other.warnings).to.deep.equal([]);
      consent.acceptAll();
      expect(await until(() => other!.consent.get().id === consent.get().id)).to.equal(true);
      consent.reset();
      expect(await until(() => other!.consent.get().status === 'pending')).to.equal(true);
      expect(other.warnings).to.deep.equal([]);
    } finally {
      document.cookie = `${name}=; path=/packages; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    }
  });

  it('finds its own cookie past an older one on the parent domain, listed first', async () => {
    const name = uniqueName();
    // Written by a shop subdomain that shares the cookie, before this page decided.
    document.cookie = `${name}=${older()}; path=/; domain=shop.test`;
    const here = createConsent({ policyVersion: '1', cookieName: name });
    try {
      const warnings = await captureConsole('warn', () => here.rejectAll());
      expect(warnings).to.deep.equal([]);
      other = await openOtherTab(name);
      other.consent.reset();
      expect(await until(() => here.get().status === 'pending')).to.equal(true);
    } finally {
      here.destroy();
    }
  });

  it('follows the other tabs again after one write failed', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    // One write that the browser drops (a full cookie jar, a privacy extension).
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => descriptor.get!.call(document),
      set() {},
    });
    const warnings = await captureConsole('warn', () => consent.acceptAll());
    delete (document as { cookie?: string }).cookie;
    expect(warnings).to.have.length(1);
    other = await openOtherTab(consent.options.cookieName);
    other.consent.rejectAll();
    expect(await until(() => consent.get().id === other!.consent.get().id)).to.equal(true);
    expect(consent.allowed('analytics')).to.equal(false);
  });

  it('writes its decision again at the next sync after a failed write', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => descriptor.get!.call(document),
      set() {},
    });
    await captureConsole('warn', () => consent.acceptAll());
    delete (document as { cookie?: string }).cookie;
    expect(decisionInCookie().status, 'the write was dropped').to.equal('pending');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(decisionInCookie().id).to.equal(consent.get().id);
  });
});

describe('clock skew', () => {
  it('does not let a decision dated hours ahead outrank a later one', async () => {
    // Decided while the computer's clock ran two hours fast; the clock has since been corrected.
    document.cookie = `${consent.options.cookieName}=${decision(Date.now() + 2 * HOUR, 'accept-all', ['preferences', 'analytics', 'marketing'])}; path=/`;
    tellTabs();
    expect(await until(() => consent.get().method === 'accept-all')).to.equal(true);
    other = await openOtherTab(consent.options.cookieName);
    other.consent.rejectAll();
    expect(await until(() => consent.get().id === other!.consent.get().id)).to.equal(true);
    expect(consent.allowed('analytics')).to.equal(false);
    expect(decisionInCookie().id).to.equal(other.consent.get().id);
  });

  it('brings a withdrawal to every tab past a decision dated hours ahead on the parent domain', async () => {
    const name = uniqueName();
    // Another subdomain, with a fast clock, shared its decision on the parent domain.
    document.cookie = `${name}=${decision(Date.now() + 2 * HOUR, 'accept-all', ['preferences', 'analytics', 'marketing'])}; path=/; domain=shop.test`;
    const here = createConsent({ policyVersion: '1', cookieName: name });
    try {
      expect(here.allowed('analytics')).to.equal(true);
      other = await openOtherTab(name);
      other.consent.reset();
      expect(await until(() => here.get().status === 'pending')).to.equal(true);
      expect(here.allowed('analytics')).to.equal(false);
      const reloaded = createConsent({ policyVersion: '1', cookieName: name });
      reloaded.destroy();
      expect(reloaded.get().status, 'a page loaded now').to.equal('pending');
    } finally {
      here.destroy();
    }
  });

  it('dates a new decision after one a minute ahead, so that the newer one still wins', async () => {
    // A clock set back by a minute: the last decision is dated a minute from now.
    document.cookie = `${consent.options.cookieName}=${decision(Date.now() + 60000, 'accept-all', ['preferences', 'analytics', 'marketing'])}; path=/`;
    tellTabs();
    expect(await until(() => consent.get().method === 'accept-all')).to.equal(true);
    other = await openOtherTab(consent.options.cookieName);
    other.consent.rejectAll();
    expect(await until(() => consent.get().id === other!.consent.get().id)).to.equal(true);
    expect(consent.allowed('analytics')).to.equal(false);
  });
});
