import { expect } from '@open-wc/testing';
import { createConsent } from '../index.js';
import type { Consent } from '../types.js';
import { encodeRecord, decisionId } from '../record/record.js';
import { clearAllCookies, uniqueName, until } from '../test/helpers.js';

interface OtherTab {
  consent: Consent;
  frame: HTMLIFrameElement;
}

// Another tab of the site: a separate document of the same origin with its own Assent instance.
async function openOtherTab(cookieName: string): Promise<OtherTab> {
  const frame = document.createElement('iframe');
  frame.src = `/packages/core/src/test/other-tab.html?cookie=${cookieName}`;
  document.body.append(frame);
  await until(() => Boolean((frame.contentWindow as { consent?: Consent } | null)?.consent), 5000);
  return { consent: (frame.contentWindow as unknown as { consent: Consent }).consent, frame };
}

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

  it('never lets an older decision overwrite a newer one', async () => {
    consent.acceptAll();
    const newer = consent.get();
    // An older decision lands in the cookie (a slow tab) and the tabs are told.
    document.cookie = `${consent.options.cookieName}=${encodeRecord({ policyVersion: '1', decidedAt: Date.parse(newer.decidedAt!) - 60000, id: decisionId(), method: 'reject-all', granted: [] })}; path=/`;
    new BroadcastChannel(`assent:${consent.options.cookieName}`).postMessage(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(consent.get().id).to.equal(newer.id);
    expect(consent.allowed('analytics')).to.equal(true);
  });

  it('keeps its own decision when a tab of another policy version decides, rather than withdrawing it', async () => {
    consent.acceptAll();
    const own = consent.get();
    // A tab of the site's next release (policy version 2) has just asked and been answered.
    document.cookie = `${consent.options.cookieName}=${encodeRecord({ policyVersion: '2', decidedAt: Date.now(), id: decisionId(), method: 'accept-all', granted: ['analytics'] })}; path=/`;
    new BroadcastChannel(`assent:${consent.options.cookieName}`).postMessage(1);
    // Past the second read, 0.3 s after the message.
    await new Promise((r) => setTimeout(r, 500));
    expect(consent.get()).to.include({ status: 'decided', id: own.id });
    expect(consent.allowed('analytics')).to.equal(true);
  });

  it('re-reads the cookie when the page comes back from the back/forward cache', () => {
    // Decided in another tab while this page sat in the cache, where no message reached it.
    const record = {
      policyVersion: '1',
      decidedAt: Date.now(),
      id: decisionId(),
      method: 'custom' as const,
      granted: ['preferences'],
    };
    document.cookie = `${consent.options.cookieName}=${encodeRecord(record)}; path=/`;
    expect(consent.get().status).to.equal('pending');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(consent.get()).to.include({ status: 'decided', id: record.id });
    expect(consent.allowed('preferences')).to.equal(true);
  });
});
