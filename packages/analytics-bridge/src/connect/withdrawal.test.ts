import { expect } from '@open-wc/testing';
import type { Consent } from '@assent/core';
import { connectGoogleAnalytics, type GoogleAnalyticsConnection } from './connect.js';
import { cleanPage, commands, cookieValues, freshConsent, setGaCookies, standInUrl } from '../test/helpers.js';

const gaNames = ['_ga', '_ga_ABC123', '_gid', '_gat', '_gat_gtag_G_ABC123'];
const flag = () => (window as any)['ga-disable-G-ABC123'];

describe('connectGoogleAnalytics: withdrawal', () => {
  let consent: Consent;
  let ga: GoogleAnalyticsConnection;

  beforeEach(() => {
    cleanPage();
    consent = freshConsent();
    ga = connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl: standInUrl() });
  });
  afterEach(() => {
    ga.disconnect();
    consent.destroy();
    cleanPage();
  });

  it('can see GA cookies on the host and on the parent domain (the test is able to fail)', () => {
    setGaCookies();
    for (const name of gaNames) expect(cookieValues(name)).to.have.members(['host', 'parent']);
  });

  it('denies, sets the disable flag and deletes GA cookies on the host and the parent domain', () => {
    consent.acceptAll();
    setGaCookies();
    document.cookie = 'session=keep; path=/';
    document.cookie = '_gameplay=keep; path=/';
    expect(flag()).to.equal(undefined);

    consent.update({ analytics: false });

    expect(commands('consent', 'update').at(-1)).to.deep.equal(['consent', 'update', { analytics_storage: 'denied' }]);
    expect(flag()).to.equal(true);
    for (const name of gaNames) expect(cookieValues(name), name).to.deep.equal([]);
    // Other cookies, even ones whose names start alike, stay.
    expect(cookieValues('session')).to.deep.equal(['keep']);
    expect(cookieValues('_gameplay')).to.deep.equal(['keep']);
  });

  it('treats reset() as a withdrawal', () => {
    consent.acceptAll();
    setGaCookies();
    consent.reset();
    expect(flag()).to.equal(true);
    for (const name of gaNames) expect(cookieValues(name), name).to.deep.equal([]);
  });

  it('clears the disable flag when analytics is granted again', () => {
    consent.acceptAll();
    consent.rejectAll();
    expect(flag()).to.equal(true);
    consent.update({ analytics: true });
    expect(flag()).to.equal(undefined);
    expect('ga-disable-G-ABC123' in window).to.equal(false);
    expect(commands('consent', 'update').at(-1)![2]).to.deep.equal({ analytics_storage: 'granted' });
    expect(commands('config')).to.have.length(1);
  });

  it('keeps GA cookies while analytics stays granted', () => {
    consent.acceptAll();
    setGaCookies();
    consent.update({ marketing: false, preferences: false });
    expect(cookieValues('_ga')).to.have.members(['host', 'parent']);
    expect(flag()).to.equal(undefined);
  });

  it('deletes GA cookies left from an earlier visit when it connects without analytics consent', () => {
    ga.disconnect();
    setGaCookies();
    ga = connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', scriptUrl: standInUrl() });
    for (const name of gaNames) expect(cookieValues(name), name).to.deep.equal([]);
    // Nothing was ever granted here, so there is nothing to stop: the flag stays unset.
    expect(flag()).to.equal(undefined);
  });
});
