import { expect } from '@open-wc/testing';
import { createConsent } from '../index.js';
import type { Consent, ConsentChange, ConsentOptions } from '../types.js';
import { encodeRecord, decisionId } from '../record/record.js';
import {
  adversarialValues,
  captureConsole,
  clearAllCookies,
  cookieNames,
  uniqueName,
  withNavigator,
} from '../test/helpers.js';

const made: Consent[] = [];
function consentWith(options: Partial<ConsentOptions> = {}): Consent {
  const consent = createConsent({ policyVersion: '2024-05', cookieName: uniqueName(), ...options });
  made.push(consent);
  return consent;
}
const cookieOf = (name: string) =>
  document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

// Records every string the page hands to the browser's cookie jar, which still receives it.
function recordCookieWrites(): { writes: string[]; stop(): void } {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const writes: string[] = [];
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => descriptor.get!.call(document),
    set: (value: string) => {
      writes.push(value);
      descriptor.set!.call(document, value);
    },
  });
  return {
    writes,
    stop: () => {
      delete (document as { cookie?: string }).cookie;
    },
  };
}

afterEach(() => {
  made.splice(0).forEach((c) => c.destroy());
  clearAllCookies();
});

describe('createConsent', () => {
  it('starts pending with nothing optional granted (opt-in)', () => {
    const state = consentWith().get();
    expect(state).to.include({ status: 'pending', policyVersion: '2024-05', decidedAt: null, id: null, method: null });
    expect(state.categories).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
  });

  it('records accept all with time, id and method, in the cookie', () => {
    const consent = consentWith();
    const before = Date.now();
    consent.acceptAll();
    const state = consent.get();
    expect(state).to.include({ status: 'decided', method: 'accept-all' });
    expect(Date.parse(state.decidedAt!)).to.be.within(before - 1000, Date.now() + 1000);
    expect(state.id).to.match(/^[0-9a-f]{16}$/);
    expect(state.categories).to.deep.equal({ necessary: true, preferences: true, analytics: true, marketing: true });
    const value = cookieOf(consent.options.cookieName)!;
    expect(value).to.contain(state.id).and.to.contain('2024-05');
    expect(value.length).to.be.below(200);
  });

  it('rejects all optional categories and keeps necessary', () => {
    const consent = consentWith();
    consent.rejectAll();
    expect(consent.get()).to.include({ status: 'decided', method: 'reject-all' });
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: false,
      analytics: false,
      marketing: false,
    });
    expect(consent.allowed('necessary')).to.equal(true);
    expect(consent.allowed('analytics')).to.equal(false);
    expect(consent.allowed('unknown')).to.equal(false);
  });

  it('updates some categories and keeps the others, recorded as site code (api)', () => {
    const consent = consentWith();
    consent.update({ analytics: true });
    expect(consent.get()).to.include({ method: 'api' });
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: false,
      analytics: true,
      marketing: false,
    });
    consent.update({ marketing: true });
    expect(consent.get().method).to.equal('api');
    expect(consent.get().categories).to.include({ analytics: true, marketing: true });
  });

  it('records the switches of a preferences dialog as their own (custom) through saveChoices', () => {
    const consent = consentWith();
    consent.saveChoices({ analytics: true, marketing: false });
    expect(consent.get()).to.include({ status: 'decided', method: 'custom' });
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: false,
      analytics: true,
      marketing: false,
    });
  });

  it('lets no caller choose the method a decision is recorded with', () => {
    const consent = consentWith();
    for (const method of ['accept-all', 'gpc', 'custom']) {
      expect(() => (consent.update as (...args: unknown[]) => void)({ analytics: true }, method)).to.throw(
        new RegExp(`"update" must be called with the choices alone:.*saveChoices\\(\\).*, got "${method}"`),
      );
    }
    expect(consent.get().status).to.equal('pending');
  });

  it('refuses to switch off necessary or an unknown category', () => {
    const consent = consentWith();
    expect(() => consent.update({ necessary: false })).to.throw(
      /"update.necessary" must be one of this site's optional categories or services \(preferences, analytics, marketing\)/,
    );
    expect(() => consent.update({ spying: true })).to.throw(/"update.spying"/);
    expect(() => consent.update({ analytics: 'yes' as unknown as boolean })).to.throw(
      /"update.analytics" must be true or false, got "yes"/,
    );
    expect(() => consent.saveChoices({ necessary: false })).to.throw(/"saveChoices.necessary"/);
    expect(consent.get().status).to.equal('pending');
  });

  it('reads a standing decision back on the next page load', () => {
    const first = consentWith();
    first.update({ analytics: true });
    const next = createConsent({ policyVersion: '2024-05', cookieName: first.options.cookieName });
    made.push(next);
    expect(next.get()).to.deep.equal(first.get());
  });

  it('writes the cookie with SameSite=Lax, path=/ and the configured expiry, not Secure on http', () => {
    const consent = consentWith({ expiresDays: 30 });
    const recorder = recordCookieWrites();
    try {
      consent.acceptAll();
    } finally {
      recorder.stop();
    }
    const write = recorder.writes.find((w) => w.startsWith(`${consent.options.cookieName}=`) && !w.includes('1970'))!;
    expect(write)
      .to.match(/; path=\/(;|$)/)
      .and.to.match(/; sameSite=Lax/i)
      .and.not.to.match(/secure/i);
    const expires = Date.parse(/expires=([^;]+)/.exec(write)![1]!);
    expect(expires - Date.now()).to.be.within(29.9 * 864e5, 30.1 * 864e5);
  });

  it('defaults to an expiry of 182 days', () => {
    const consent = consentWith();
    const recorder = recordCookieWrites();
    try {
      consent.rejectAll();
    } finally {
      recorder.stop();
    }
    const expires = Date.parse(/expires=([^;]+)/.exec(recorder.writes.at(-1)!)![1]!);
    expect(Math.round((expires - Date.now()) / 864e5)).to.equal(182);
  });

  it('shares the decision with subdomains through cookieDomain', async () => {
    const consent = consentWith({ cookieDomain: 'shop.test' });
    consent.acceptAll();
    // A page of another subdomain of the same site reads the cookie.
    const frame = document.createElement('iframe');
    frame.src = `http://other.shop.test:${location.port}/packages/core/src/test/echo-cookie.html`;
    const seen = new Promise<string>((resolve) =>
      addEventListener('message', function on(event) {
        if (event.origin.includes('other.shop.test')) {
          removeEventListener('message', on);
          resolve(event.data);
        }
      }),
    );
    document.body.append(frame);
    try {
      expect(await seen).to.contain(`${consent.options.cookieName}=1~2024-05~`);
    } finally {
      frame.remove();
    }
  });

  it('replaces a host-only cookie of the same name when the site starts sharing it', async () => {
    const name = uniqueName();
    document.cookie = `${name}=${encodeRecord({ policyVersion: '2024-05', decidedAt: Date.now() - 1000, id: decisionId(), method: 'reject-all', granted: [] })}; path=/`;
    const warnings = await captureConsole('warn', () => {
      const consent = consentWith({ cookieName: name, cookieDomain: 'shop.test' });
      consent.acceptAll();
      expect(cookieOf(name)).to.contain(consent.get().id);
    });
    expect(warnings).to.deep.equal([]);
    expect(document.cookie.split(`${name}=`).length).to.equal(2);
  });

  it('reads the newest decision when a shared cookie stands beside an older host-only one', () => {
    const name = uniqueName();
    const record = (decidedAt: number, method: 'reject-all' | 'accept-all', granted: string[]) =>
      encodeRecord({ policyVersion: '2024-05', decidedAt, id: decisionId(), method, granted });
    // Decided here before the site shared its cookie, then again on another subdomain, which wrote the shared one.
    document.cookie = `${name}=${record(Date.now() - 60000, 'accept-all', ['preferences', 'analytics', 'marketing'])}; path=/`;
    document.cookie = `${name}=${record(Date.now() - 1000, 'reject-all', [])}; path=/; domain=shop.test`;
    expect(document.cookie.split(`${name}=`).length, 'both cookies are there').to.equal(3);
    const consent = consentWith({ cookieName: name, cookieDomain: 'shop.test' });
    expect(consent.get()).to.include({ status: 'decided', method: 'reject-all' });
    expect(consent.allowed('analytics')).to.equal(false);
  });

  it('reads past a foreign, percent-encoded cookie of the same name', () => {
    const name = uniqueName();
    document.cookie = `${name}=%E0%A4%A; path=/`;
    document.cookie = `${name}=${encodeRecord({ policyVersion: '2024-05', decidedAt: Date.now(), id: decisionId(), method: 'reject-all', granted: [] })}; path=/; domain=shop.test`;
    expect(consentWith({ cookieName: name, cookieDomain: 'shop.test' }).get()).to.include({
      status: 'decided',
      method: 'reject-all',
    });
  });

  it('keeps two instances with different cookie names apart', () => {
    const shop = consentWith();
    const blog = consentWith();
    shop.acceptAll();
    expect(blog.get().status).to.equal('pending');
    blog.rejectAll();
    expect(shop.allowed('analytics')).to.equal(true);
    expect(blog.allowed('analytics')).to.equal(false);
  });

  it('uses the categories the site configures, with their services', () => {
    const consent = consentWith({
      categories: [
        'analytics',
        { name: 'video', description: 'Embedded videos', services: [{ name: 'Player', cookies: ['vid'] }] },
      ],
      necessary: { services: [{ name: 'Cart', cookies: ['cart'] }] },
    });
    expect(consent.categories.map((c) => c.name)).to.deep.equal(['necessary', 'analytics', 'video']);
    expect(consent.categories[0]!.services[0]!.name).to.equal('Cart');
    expect(consent.categories[2]!.description).to.equal('Embedded videos');
    consent.acceptAll();
    expect(consent.get().categories).to.deep.equal({ necessary: true, analytics: true, video: true });
  });

  it('exposes a nanostores store that tells subscribers of each change', () => {
    const consent = consentWith();
    const seen: string[] = [];
    const stop = consent.$consent.subscribe((state) => seen.push(state.status));
    consent.rejectAll();
    stop();
    expect(seen).to.deep.equal(['pending', 'decided']);
  });

  it('tells onChange listeners which categories changed', () => {
    const consent = consentWith();
    const changes: ConsentChange[] = [];
    const stop = consent.onChange((change) => changes.push(change));
    consent.update({ analytics: true });
    consent.update({ analytics: true, marketing: true });
    stop();
    consent.rejectAll();
    expect(changes.map((c) => c.changed)).to.deep.equal([['analytics'], ['marketing']]);
    expect(changes[1]!.state.categories.marketing).to.equal(true);
  });

  it('reset withdraws everything and forgets the decision, also for the next page', () => {
    const consent = consentWith();
    consent.acceptAll();
    consent.reset();
    expect(consent.get()).to.include({ status: 'pending', id: null, method: null });
    expect(consent.allowed('analytics')).to.equal(false);
    const next = consentWith({ cookieName: consent.options.cookieName });
    expect(next.get()).to.include({ status: 'pending', id: null });
    expect(next.allowed('analytics')).to.equal(false);
    // The cookie keeps the withdrawal (no decision, nothing granted), so it outranks every older copy in every tab.
    expect(cookieOf(consent.options.cookieName)).to.match(/^1~2024-05~[0-9a-z]+~[0-9a-f]{16}~5~~/);
  });
});

describe('modes', () => {
  it('opt-out grants optional categories until the visitor objects', () => {
    const consent = consentWith({ mode: 'opt-out' });
    expect(consent.get().status).to.equal('pending');
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: true,
      analytics: true,
      marketing: true,
    });
    consent.update({ marketing: false });
    expect(consent.get().categories).to.include({ analytics: true, marketing: false });
  });

  it('opt-out keeps an objection made under an earlier policy version while the new one is asked about', () => {
    const old = consentWith({ mode: 'opt-out', policyVersion: '2023-01' });
    old.saveChoices({ analytics: false });
    const current = consentWith({ mode: 'opt-out', cookieName: old.options.cookieName });
    expect(current.get().status).to.equal('pending');
    expect(current.get().categories).to.deep.equal({
      necessary: true,
      preferences: true,
      analytics: false,
      marketing: true,
    });
  });
});

describe('Global Privacy Control and Do Not Track', () => {
  it('keeps marketing off through accept all when GPC is on', () => {
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = consentWith();
      expect(consent.get().gpc).to.equal(true);
      consent.acceptAll();
      expect(consent.get().categories).to.deep.equal({
        necessary: true,
        preferences: true,
        analytics: true,
        marketing: false,
      });
      // Only the visitor's own switch grants it, and that is recorded as their choice.
      consent.saveChoices({ marketing: true });
      expect(consent.get()).to.include({ method: 'custom' });
      expect(consent.allowed('marketing')).to.equal(true);
    });
  });

  it('does not let site code grant what the browser objects to', () => {
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = consentWith();
      consent.update({ analytics: true, marketing: true });
      expect(consent.get()).to.include({ method: 'api' });
      expect(consent.get().categories).to.include({ analytics: true, marketing: false });
      // Nor does the cookie say it was granted: what it records is what holds.
      const next = consentWith({ cookieName: consent.options.cookieName, respectGlobalPrivacyControl: false });
      expect(next.allowed('marketing')).to.equal(false);
    });
  });

  it('starts a category the browser objects to unticked after a policy change, whatever was accepted before', () => {
    const name = uniqueName();
    // Accept all under the earlier policy, from before the visitor turned GPC on.
    document.cookie = `${name}=${encodeRecord({ policyVersion: '2023-01', decidedAt: Date.now(), id: decisionId(), method: 'accept-all', granted: ['preferences', 'analytics', 'marketing'] })}; path=/`;
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = consentWith({ cookieName: name });
      expect(consent.get().status).to.equal('pending');
      expect(consent.previousChoices).to.deep.equal({ preferences: true, analytics: true, marketing: false });
      // Saving those switches unchanged does not grant marketing; only switching it on does.
      consent.saveChoices(consent.previousChoices!);
      expect(consent.get().categories).to.include({ analytics: true, marketing: false });
    });
  });

  it('does not let a stored accept-all from before GPC grant marketing once GPC is on', () => {
    const name = uniqueName();
    document.cookie = `${name}=${encodeRecord({ policyVersion: '2024-05', decidedAt: Date.now(), id: decisionId(), method: 'accept-all', granted: ['preferences', 'analytics', 'marketing'] })}; path=/`;
    withNavigator({ globalPrivacyControl: true }, () => {
      expect(consentWith({ cookieName: name }).get().categories).to.include({ analytics: true, marketing: false });
    });
  });

  it('can be told to ignore GPC', () => {
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = consentWith({ respectGlobalPrivacyControl: false });
      consent.acceptAll();
      expect(consent.get()).to.include({ gpc: false });
      expect(consent.allowed('marketing')).to.equal(true);
    });
  });

  it('records an objection by itself in opt-out mode when GPC is on', () => {
    withNavigator({ globalPrivacyControl: true }, () => {
      const consent = consentWith({ mode: 'opt-out' });
      expect(consent.get()).to.include({ status: 'decided', method: 'gpc' });
      expect(consent.get().categories).to.include({ analytics: true, marketing: false });
    });
  });

  it('keeps an earlier objection when it records the signal by itself in opt-out mode', () => {
    const old = consentWith({ mode: 'opt-out', policyVersion: '2023-01' });
    old.rejectAll();
    withNavigator({ globalPrivacyControl: true }, () => {
      const current = consentWith({ mode: 'opt-out', cookieName: old.options.cookieName });
      expect(current.get()).to.include({ status: 'decided', method: 'gpc' });
      expect(current.get().categories).to.deep.equal({
        necessary: true,
        preferences: false,
        analytics: false,
        marketing: false,
      });
    });
  });

  it('ignores Do Not Track unless respectDoNotTrack is set', () => {
    withNavigator({ doNotTrack: '1' }, () => {
      const ignoring = consentWith();
      ignoring.acceptAll();
      expect(ignoring.get().categories).to.include({ analytics: true, marketing: true });
      const honouring = consentWith({ respectDoNotTrack: true });
      expect(honouring.get().dnt).to.equal(true);
      honouring.acceptAll();
      expect(honouring.get().categories).to.deep.equal({
        necessary: true,
        preferences: true,
        analytics: false,
        marketing: false,
      });
      honouring.saveChoices({ analytics: true });
      expect(honouring.allowed('analytics')).to.equal(true);
    });
  });
});

describe('policy versions', () => {
  it('asks again under a new policy version and offers the old choices as defaults, unapplied', () => {
    const old = consentWith({ policyVersion: '2023-01' });
    old.update({ analytics: true, marketing: false });
    const current = consentWith({ policyVersion: '2024-05', cookieName: old.options.cookieName });
    expect(current.get()).to.include({ status: 'pending', policyVersion: '2024-05' });
    expect(current.allowed('analytics')).to.equal(false);
    expect(current.previousChoices).to.deep.equal({ preferences: false, analytics: true, marketing: false });
    current.rejectAll();
    expect(current.previousChoices).to.equal(null);
  });
});

describe('bad cookies', () => {
  for (const [what, value] of [
    ['malformed', 'yes-please'],
    ['truncated', '1~2024-05~m'],
    ['foreign JSON', '{"analytics":true,"marketing":true}'],
    ['granted-looking', 'analytics=true'],
  ]) {
    it(`treats a ${what} cookie as no decision`, () => {
      const name = uniqueName();
      document.cookie = `${name}=${encodeURIComponent(value!)}; path=/`;
      const consent = consentWith({ cookieName: name });
      expect(consent.get().status).to.equal('pending');
      expect(Object.values(consent.get().categories).filter(Boolean)).to.have.length(1);
    });
  }
});

describe('a thousand random and adversarial cookies', () => {
  it('never grant anything and never throw, read from the real cookie jar', async () => {
    const name = uniqueName();
    const valid = encodeRecord({
      policyVersion: '2024-05',
      decidedAt: Date.now(),
      id: decisionId(),
      method: 'accept-all',
      granted: ['preferences', 'analytics', 'marketing'],
    });
    const granted: string[] = [];
    for (const value of adversarialValues(valid)) {
      // What the browser keeps of it (a ";" ends the value, some characters are refused) is what Assent reads.
      document.cookie = `${name}=${String(value)}; path=/`;
      if (document.cookie.includes(`${name}=${valid};`) || document.cookie.endsWith(`${name}=${valid}`)) continue;
      const consent = createConsent({ policyVersion: '2024-05', cookieName: name });
      if (consent.get().status !== 'pending' || Object.values(consent.get().categories).filter(Boolean).length !== 1)
        granted.push(String(value));
      consent.destroy();
    }
    expect(granted).to.deep.equal([]);
  });
});

describe('withdrawal', () => {
  it('deletes the cookies of a withdrawn category on the host and the parent domain, and keeps the others', () => {
    const consent = consentWith({
      categories: [{ name: 'analytics', services: [{ name: 'Stats', cookies: [/^_stat/, 'visits'] }] }, 'marketing'],
      necessary: { services: [{ name: 'Cart', cookies: ['cart'] }] },
    });
    consent.acceptAll();
    document.cookie = '_stat_id=1; path=/';
    document.cookie = '_stat_parent=1; path=/; domain=shop.test';
    document.cookie = 'visits=3; path=/';
    document.cookie = 'cart=2; path=/';
    document.cookie = 'unrelated=1; path=/';
    expect(cookieNames()).to.include.members(['_stat_id', '_stat_parent', 'visits']);
    consent.update({ analytics: false });
    expect(cookieNames()).not.to.include.members(['_stat_id']);
    expect(cookieNames()).not.to.include('_stat_parent');
    expect(cookieNames()).not.to.include('visits');
    expect(cookieNames()).to.include.members(['cart', 'unrelated', consent.options.cookieName]);
  });

  it('deletes on every page view the cookies of what the visitor denied, set after the withdrawal reached the page', () => {
    const cookieName = uniqueName();
    const options = {
      cookieName,
      categories: [
        { name: 'analytics', services: [{ name: 'Stats', cookies: ['_stat'] }] },
        { name: 'marketing', services: [{ name: 'Pixel', cookies: ['_px'] }] },
      ],
      necessary: { services: [{ name: 'Cart', cookies: ['cart'] }] },
    };
    const first = consentWith(options);
    first.update({ analytics: true, marketing: false });
    // A tag already loading when another tab withdrew marketing sets its cookie afterwards.
    document.cookie = '_px=late; path=/';
    document.cookie = '_stat=1; path=/';
    document.cookie = 'cart=2; path=/';
    expect(cookieNames()).to.include('_px');
    consentWith(options);
    expect(cookieNames()).not.to.include('_px');
    expect(cookieNames()).to.include.members(['_stat', 'cart']);
  });

  it('leaves cookies alone while the visitor has not decided', () => {
    document.cookie = '_px_pending=1; path=/';
    consentWith({ categories: [{ name: 'marketing', services: [{ name: 'Pixel', cookies: ['_px_pending'] }] }] });
    expect(cookieNames()).to.include('_px_pending');
    document.cookie = '_px_pending=; path=/; max-age=0';
  });

  it('deletes them on every path above the page they were set on', async () => {
    // A real page deeper in the site (like /shop/product/) sets cookies on its own path and its ancestors.
    const frame = document.createElement('iframe');
    frame.src = '/packages/core/src/test/withdraw-paths.html';
    const result = new Promise<{ before: string; after: string }>((resolve) =>
      addEventListener('message', function on(event) {
        if (event.data?.paths) {
          removeEventListener('message', on);
          resolve(event.data);
        }
      }),
    );
    document.body.append(frame);
    try {
      const { before, after } = await result;
      expect(before)
        .to.contain('_deep=1')
        .and.to.contain('_mid=1')
        .and.to.contain('_mid_slash=1')
        .and.to.contain('_root=1');
      expect(after).not.to.match(/_deep|_mid|_root/);
      expect(after).to.contain('keep=1');
    } finally {
      frame.remove();
    }
  });

  it('deletes them on reset too', () => {
    const consent = consentWith({
      categories: [{ name: 'marketing', services: [{ name: 'Pixel', cookies: ['_px'] }] }],
    });
    consent.acceptAll();
    document.cookie = '_px=1; path=/; domain=shop.test';
    consent.reset();
    expect(cookieNames()).not.to.include('_px');
  });
});

describe('when cookies fail', () => {
  it('keeps the decision for this page only, with a warning, and does not crash', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    // What a sandboxed frame does: every access to document.cookie throws.
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
      set() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    let consent: Consent | undefined;
    try {
      const warnings = await captureConsole('warn', () => {
        consent = consentWith();
        expect(consent.get().status).to.equal('pending');
        consent.acceptAll();
        consent.update({ marketing: false });
      });
      expect(consent!.get()).to.include({ status: 'decided', method: 'api' });
      expect(consent!.allowed('analytics')).to.equal(true);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.match(/cookies are unavailable; the decision holds for this page only/);
    } finally {
      Object.defineProperty(document, 'cookie', descriptor);
      delete (document as { cookie?: string }).cookie;
    }
  });

  it('works in a real sandboxed frame, where cookies throw', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.src = '/packages/core/src/test/sandboxed.html';
    const result = new Promise<{ status: string; analytics: boolean; warned: boolean }>((resolve) =>
      addEventListener('message', function on(event) {
        if (event.data?.sandboxed) {
          removeEventListener('message', on);
          resolve(event.data);
        }
      }),
    );
    document.body.append(frame);
    try {
      expect(await result).to.deep.include({ status: 'decided', analytics: true, warned: true });
    } finally {
      frame.remove();
    }
  });
});
