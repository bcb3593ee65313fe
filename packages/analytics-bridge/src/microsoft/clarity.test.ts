import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectClarity } from './clarity.js';
import type { TagConnection } from '../tags/with-defaults.js';
import { cookieValues, freshConsent, pause, until } from '../test/helpers.js';
import { cleanVendors, hasScript, hitRequests, setCookies, standIn } from '../test/vendor-page.js';

declare global {
  interface Window {
    clarityStandIn?: { loads: string[]; calls: unknown[][]; sessions: number };
  }
}

describe('connectClarity', () => {
  let consent: Consent;
  let clarity: TagConnection | undefined;
  let base: string;
  const connect = (options = {}) =>
    (clarity = connectClarity(consent, { projectId: 'abcde12345', scriptUrl: base, ...options }));

  beforeEach(() => {
    cleanVendors();
    consent = freshConsent();
    // The project id is appended to the tag's URL, as Clarity's path is /tag/<id>.
    base = `${standIn('clarity')}&project=`;
  });
  afterEach(() => {
    clarity?.disconnect();
    consent.destroy();
    cleanVendors();
  });

  it('requests nothing from Clarity and queues no call before analytics is granted', async () => {
    connect();
    consent.update({ marketing: true });
    await pause(300);
    expect(hasScript('clarity-stand-in')).to.equal(false);
    expect(window.clarity!.q).to.equal(undefined);
    expect(hitRequests('clarity')).to.have.length(0);
    expect(cookieValues('_clck')).to.deep.equal([]);
  });

  it('sends consentv2 before the tag reads its queue, then every change', async () => {
    connect();
    consent.update({ analytics: true });
    await until(() => window.clarityStandIn?.sessions);
    expect(window.clarityStandIn!.calls).to.deep.equal([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
    ]);
    expect(
      new URL(document.querySelector<HTMLScriptElement>('script[src*="clarity-stand-in"]')!.src).searchParams.get(
        'project',
      ),
    ).to.equal('abcde12345');
    consent.update({ marketing: true });
    expect(window.clarityStandIn!.calls.at(-1)).to.deep.equal([
      'consentv2',
      { ad_Storage: 'granted', analytics_Storage: 'granted' },
    ]);
    await until(() => hitRequests('clarity').length);
  });

  it('sends consentv2 denied and deletes _clck and _clsk on the host and the parent domain on withdrawal', async () => {
    connect();
    consent.acceptAll();
    await until(() => window.clarityStandIn?.sessions);
    setCookies(['_clck', '_clsk']);

    consent.update({ analytics: false });

    expect(window.clarityStandIn!.calls.at(-1)).to.deep.equal([
      'consentv2',
      { ad_Storage: 'granted', analytics_Storage: 'denied' },
    ]);
    expect(cookieValues('_clck')).to.deep.equal([]);
    expect(cookieValues('_clsk')).to.deep.equal([]);
    expect(window.clarityStandIn!.sessions).to.equal(1);
  });

  it('throws on a wrong project id, naming it', () => {
    expect(() => connect({ projectId: 'a b' })).to.throw(
      'assent: Clarity option "projectId" must be the Clarity project id (letters and digits), got "a b"',
    );
  });
});
