import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectMetaPixel } from './meta-pixel.js';
import type { TagConnection } from '../tags/with-defaults.js';
import { cookieValues, freshConsent, pause, until } from '../test/helpers.js';
import { cleanVendors, hasScript, hitRequests, setCookies, standIn } from '../test/vendor-page.js';

declare global {
  interface Window {
    metaStandIn?: { loads: number; calls: unknown[][]; hits: string[] };
  }
}

describe('connectMetaPixel', () => {
  let consent: Consent;
  let pixel: TagConnection | undefined;
  let scriptUrl: string;
  const connect = (options = {}) =>
    (pixel = connectMetaPixel(consent, { pixelId: '1234567890', scriptUrl, ...options }));

  beforeEach(() => {
    cleanVendors();
    consent = freshConsent();
    scriptUrl = standIn('fbevents');
  });
  afterEach(() => {
    pixel?.disconnect();
    consent.destroy();
    cleanVendors();
  });

  it('queues consent revoke before init, and requests nothing from Meta before marketing is granted', async () => {
    connect();
    expect(window.fbq!.queue).to.deep.equal([
      ['consent', 'revoke'],
      ['init', '1234567890'],
      ['track', 'PageView'],
    ]);
    consent.update({ analytics: true, preferences: true });
    await pause(300);
    expect(hasScript('fbevents-stand-in')).to.equal(false);
    expect(hitRequests('meta')).to.have.length(0);
    expect(cookieValues('_fbp')).to.deep.equal([]);
  });

  it('loads fbevents.js once marketing is granted, grants, and only then sends the held PageView', async () => {
    connect();
    window.fbq!('track', 'AddToCart');
    consent.update({ marketing: true });
    await until(() => window.metaStandIn?.hits.length === 2);
    expect(window.metaStandIn!.calls).to.deep.equal([
      ['consent', 'revoke'],
      ['init', '1234567890'],
      ['track', 'PageView'],
      ['track', 'AddToCart'],
      ['consent', 'grant'],
    ]);
    expect(window.metaStandIn!.hits).to.deep.equal(['track:PageView', 'track:AddToCart']);
    await until(() => hitRequests('meta').length === 2);
    expect(cookieValues('_fbp')).to.have.length(2);
  });

  it('revokes and deletes _fbp and _fbc on the host and the parent domain when marketing is withdrawn', async () => {
    connect();
    consent.acceptAll();
    await until(() => window.metaStandIn?.hits.length);
    setCookies(['_fbp', '_fbc']);
    document.cookie = '_fbpx=keep; path=/';
    expect(cookieValues('_fbc')).to.have.members(['host', 'parent']);

    consent.update({ marketing: false });

    expect(window.metaStandIn!.calls.at(-1)).to.deep.equal(['consent', 'revoke']);
    expect(cookieValues('_fbp')).to.deep.equal([]);
    expect(cookieValues('_fbc')).to.deep.equal([]);
    expect(cookieValues('_fbpx')).to.deep.equal(['keep']);
    window.fbq!('track', 'Purchase');
    await pause(100);
    expect(window.metaStandIn!.hits).to.deep.equal(['track:PageView']);
  });

  it('treats reset() as a withdrawal', async () => {
    connect();
    consent.acceptAll();
    await until(() => window.metaStandIn);
    setCookies(['_fbp']);
    consent.reset();
    expect(window.metaStandIn!.calls.at(-1)).to.deep.equal(['consent', 'revoke']);
    expect(cookieValues('_fbp')).to.deep.equal([]);
  });

  it('grants at once for a returning visitor who allowed marketing, after init', async () => {
    consent.update({ marketing: true });
    connect();
    expect(window.fbq!.queue.map((call) => (call as unknown[])[1])).to.deep.equal([
      'revoke',
      '1234567890',
      'PageView',
      'grant',
    ]);
    await until(() => window.metaStandIn?.hits.length);
  });

  it('deletes pixel cookies left from an earlier visit when it starts without consent', () => {
    setCookies(['_fbp', '_fbc']);
    connect();
    expect(cookieValues('_fbp')).to.deep.equal([]);
    expect(cookieValues('_fbc')).to.deep.equal([]);
    expect(window.fbq!.queue).to.have.length(3);
  });

  it('follows another category when told to', async () => {
    connect({ category: 'analytics' });
    consent.update({ marketing: true });
    await pause(200);
    expect(hasScript('fbevents-stand-in')).to.equal(false);
    consent.update({ analytics: true });
    await until(() => window.metaStandIn);
  });

  it('throws on a wrong option, naming it', () => {
    expect(() => connect({ pixelId: 'abc' })).to.throw(
      'assent: Meta pixel option "pixelId" must be the pixel id (digits), got "abc"',
    );
    expect(() => connect({ scriptUrl: 'javascript:alert(1)' })).to.throw(
      /"scriptUrl" must be an http\(s\) or relative URL/,
    );
    expect(() => connect({ category: 'necessary' })).to.throw(/"category" must be an optional category name/);
    expect(() => connect({ pixelID: '1' })).to.throw(
      /option "pixelID" must be one of the options pixelId, category, scriptUrl, nonce/,
    );
  });
});
