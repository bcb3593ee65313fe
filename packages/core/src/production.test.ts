// The production build that npm users get (dist/index.js, development checks stripped, process.env.NODE_ENV
// set to "production" by the build) keeps the README's safe defaults on its own: no check throws there, so a
// malformed cookie, a misspelt option or a wrong value must still end in "no decision" and "nothing granted".
// It runs on the built file: `npm run build` first (npm test does).
import { expect } from '@open-wc/testing';
import type * as Core from './index.js';
import type { Consent, ConsentOptions } from './types.js';
import { adversarialValues, captureConsole, clearAllCookies, uniqueName, until } from './test/helpers.js';

// Held in variables so that the type checker does not need the build: the types are the source's.
const PRODUCTION = new URL('../dist/index.js', import.meta.url).href;
const DEVELOPMENT = new URL('../dist/development/index.js', import.meta.url).href;

async function load(url: string): Promise<typeof Core> {
  try {
    return await import(url);
  } catch (error) {
    throw new Error(`${url} could not be loaded: run npm run build first (${error})`);
  }
}

let core: typeof Core;
const made: Consent[] = [];
function consentWith(options: Partial<ConsentOptions> = {}): Consent {
  const consent = core.createConsent({ policyVersion: '2024-05', cookieName: uniqueName(), ...options });
  made.push(consent);
  return consent;
}
const cookieOf = (name: string) =>
  document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

function withGlobalPrivacyControl(run: () => void): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  try {
    run();
  } finally {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  }
}

before(async () => {
  core = await load(PRODUCTION);
});
afterEach(() => {
  made.splice(0).forEach((c) => c.destroy());
  clearAllCookies();
});

describe('the production build of @assent/core', () => {
  it('is the build without development checks: a wrong option that development throws on passes', async () => {
    const development = await load(DEVELOPMENT);
    const wrong = { policyVersion: '2024-05', cookieName: uniqueName(), mode: 'optin' } as unknown as ConsentOptions;
    expect(() => development.createConsent(wrong)).to.throw('option "mode"');
    expect(() => made.push(core.createConsent(wrong))).not.to.throw();
  });

  it('starts pending with nothing optional granted (opt-in by default)', () => {
    const state = consentWith().get();
    expect(state).to.include({ status: 'pending', decidedAt: null, id: null, method: null });
    expect(state.categories).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
  });

  it('falls back to opt-in when the mode is misspelt: nothing granted before a decision', () => {
    const consent = consentWith({ mode: 'optout' as ConsentOptions['mode'] });
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: false,
      analytics: false,
      marketing: false,
    });
    expect(cookieOf(consent.options.cookieName)).to.equal(undefined);
  });

  it('reads a malformed, truncated, tampered or foreign cookie as no decision yet, never granting anything', () => {
    const name = uniqueName();
    const first = core.createConsent({ policyVersion: '2024-05', cookieName: name });
    first.acceptAll();
    first.destroy();
    const valid = cookieOf(name)!;
    expect(valid, 'a real decision to damage').to.be.a('string');
    const granted: string[] = [];
    for (const value of adversarialValues(valid)) {
      document.cookie = `${name}=${String(value)}; path=/`;
      if (cookieOf(name) === valid) continue;
      const consent = core.createConsent({ policyVersion: '2024-05', cookieName: name });
      const { status, categories } = consent.get();
      if (status !== 'pending' || categories.analytics || categories.marketing || categories.preferences)
        granted.push(String(value));
      consent.destroy();
    }
    expect(granted).to.deep.equal([]);
  });

  it('does not apply a decision made under another policy version', () => {
    const name = uniqueName();
    const before = core.createConsent({ policyVersion: '2024-05', cookieName: name });
    before.acceptAll();
    before.destroy();
    const consent = core.createConsent({ policyVersion: '2024-06', cookieName: name });
    made.push(consent);
    expect(consent.get().status).to.equal('pending');
    expect(consent.allowed('analytics')).to.equal(false);
  });

  it('grants from update() only known optional categories set to exactly true', () => {
    const consent = consentWith();
    consent.update({ analytics: 'yes', marketing: 1, stranger: true, necessary: false } as unknown as Record<
      string,
      boolean
    >);
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: false,
      analytics: false,
      marketing: false,
    });
    expect(consent.allowed('stranger')).to.equal(false);
  });

  it('honours Global Privacy Control: accept all leaves marketing denied', () => {
    withGlobalPrivacyControl(() => {
      const consent = consentWith();
      consent.acceptAll();
      expect(consent.get().categories).to.include({ analytics: true, marketing: false });
      expect(consent.get().gpc).to.equal(true);
    });
  });

  it('keeps gated scripts inert until their category is granted', async () => {
    const consent = consentWith();
    const box = document.createElement('div');
    box.innerHTML = '<script type="text/plain" data-consent="analytics">window.productionGatedRan = true</script>';
    document.body.append(box);
    const win = window as { productionGatedRan?: boolean };
    const stop = core.gateElements(consent, box);
    try {
      await new Promise((r) => setTimeout(r, 50));
      expect(win.productionGatedRan).to.equal(undefined);
      consent.update({ analytics: true });
      expect(await until(() => win.productionGatedRan === true)).to.equal(true);
    } finally {
      stop();
      box.remove();
      delete win.productionGatedRan;
    }
  });

  it('still warns when cookies cannot be written, since the decision then holds for this page only', async () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => '',
      set: () => {},
    });
    try {
      const warnings = await captureConsole('warn', () => consentWith().acceptAll());
      expect(warnings.flat().join(' ')).to.contain('cookies are unavailable');
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });
});
