import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectMicrosoftAds } from './microsoft-ads.js';
import type { TagConnection } from '../tags/with-defaults.js';
import { cookieValues, freshConsent, pause, until } from '../test/helpers.js';
import { cleanVendors, hasScript, hitRequests, setCookies, standIn } from '../test/vendor-page.js';

declare global {
  interface Window {
    uetStandIn?: { loads: number; commands: unknown[][]; hits: string[] };
  }
}

const uetCookies = ['_uetsid', '_uetvid', '_uetmsclkid'];

describe('connectMicrosoftAds (UET)', () => {
  let consent: Consent;
  let uet: TagConnection | undefined;
  let scriptUrl: string;
  const connect = (options = {}) => (uet = connectMicrosoftAds(consent, { tagId: '12345678', scriptUrl, ...options }));

  beforeEach(() => {
    cleanVendors();
    consent = freshConsent();
    scriptUrl = standIn('bat');
  });
  afterEach(() => {
    uet?.disconnect();
    consent.destroy();
    cleanVendors();
  });

  it('puts consent default (ad_storage denied) first, ahead of what the site queued, and requests nothing before consent', async () => {
    const queued: unknown[] = ['event', 'add_to_cart', {}];
    window.uetq = queued as unknown as Window['uetq'];
    connect();
    expect(window.uetq).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }, 'event', 'add_to_cart', {}]);
    consent.update({ analytics: true });
    await pause(300);
    expect(hasScript('bat-stand-in')).to.equal(false);
    expect(hitRequests('uet')).to.have.length(0);
  });

  it('updates, loads bat.js and records the page load once marketing is granted', async () => {
    connect();
    consent.update({ marketing: true });
    await until(() => window.uetStandIn?.hits.length);
    expect(window.uetStandIn!.commands).to.deep.equal([
      ['consent', 'default', { ad_storage: 'denied' }],
      ['consent', 'update', { ad_storage: 'granted' }],
      ['pageLoad', 'pageLoad'],
    ]);
    expect(window.uetStandIn!.hits).to.include('pageLoad');
    expect(window.uetStandIn!.hits.every((hit) => !hit.endsWith(':cookieless'))).to.equal(true);
    await until(() => hitRequests('uet').length);
  });

  it('sends an update and deletes UET cookies on the host and the parent domain on withdrawal', async () => {
    connect();
    consent.acceptAll();
    await until(() => window.uetStandIn?.hits.length);
    setCookies(uetCookies);
    expect(cookieValues('_uetvid')).to.have.members(['host', 'parent']);

    consent.rejectAll();

    expect(window.uetStandIn!.commands.at(-1)).to.deep.equal(['consent', 'update', { ad_storage: 'denied' }]);
    for (const name of uetCookies) expect(cookieValues(name), name).to.deep.equal([]);
  });

  it('sends no update before anything was granted, and deletes cookies left from an earlier visit', () => {
    setCookies(uetCookies);
    connect();
    consent.rejectAll();
    expect(window.uetq).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }]);
    for (const name of uetCookies) expect(cookieValues(name), name).to.deep.equal([]);
  });

  it('throws on a wrong tag id, naming it', () => {
    expect(() => connect({ tagId: 'UET-1' })).to.throw(
      'assent: Microsoft UET option "tagId" must be the UET tag id (digits), got "UET-1"',
    );
  });
});
