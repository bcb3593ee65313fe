import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ConsentChange } from '@assent/core';
import { cleanup, dialog, make, part, settle, setup, uncaught, withGpc } from '../test/helpers.js';
import type { AssentBanner } from './banner.component.js';

const cookieOf = (name: string) => document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));

describe('assent-banner: choices', () => {
  afterEach(cleanup);

  it('opens by itself while the decision is pending and is accessible', async () => {
    const { el } = await setup();
    expect(dialog(el)?.open).to.equal(true);
    expect(dialog(el)!.getAttribute('aria-labelledby')).to.equal('t');
    expect(part(el, 'title')!.textContent).to.equal('Your privacy, your choice');
    expect(part(el, 'link')!.getAttribute('href')).to.equal('/privacy');
    await expect(el).to.be.accessible();
  });

  it('loads no language file but English', async () => {
    await setup();
    const files = performance.getEntriesByType('resource').map((entry) => entry.name.match(/\/i18n\/([\w-]+)\./)?.[1]);
    expect(files.filter(Boolean).sort()).to.deep.equal(['en', 'language', 'texts']);
  });

  it('renders nothing while a decision stands, where the page has its own way back', async () => {
    const consent = make();
    consent.acceptAll();
    const link = await fixture(html`<a href="/privacy" data-assent-open>Privacy settings</a>`);
    const el = await fixture<AssentBanner>(html`<assent-banner .consent=${consent}></assent-banner>`);
    await settle(el);
    expect(dialog(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    link.remove();
  });

  it('follows its store only while on the page, whether or not it renders', async () => {
    const consent = make();
    consent.acceptAll();
    const listeners = () => (consent.$consent as unknown as { lc: number }).lc;
    const before = listeners();
    const el = document.createElement('assent-banner');
    el.consent = consent;
    expect(listeners(), 'not on the page').to.equal(before);
    document.body.append(el);
    expect(listeners(), 'on the page').to.equal(before + 1);
    el.consent = make();
    expect(listeners(), 'another store').to.equal(before);
    el.consent = consent;
    el.remove();
    expect(listeners(), 'removed').to.equal(before);
  });

  it('offers the floating button as the way back where the page has no "Privacy settings" control', async () => {
    const { el, consent } = await setup();
    expect(el.floatingButton).to.equal('auto');
    part(el, 'close')!.click();
    await settle(el);
    expect(consent.get().status, 'a dismissal decides nothing').to.equal('pending');
    part(el, 'floating')!.click();
    await settle(el);
    expect(dialog(el)!.getAttribute('part')).to.equal('base preferences');
    part(el, 'reject')!.click();
    await settle(el);
    expect(part(el, 'floating'), 'after a decision').to.not.equal(null);
    el.floatingButton = false;
    await settle(el);
    expect(part(el, 'floating'), 'floating-button="false"').to.equal(null);
    expect(el.getAttribute('floating-button')).to.equal('false');
    el.setAttribute('floating-button', 'auto');
    expect(el.floatingButton, 'floating-button="auto"').to.equal('auto');
    await settle(el);
    expect(part(el, 'floating'), 'auto, on a page without a settings control').to.not.equal(null);
  });

  it('Accept all grants every optional category and stores the decision', async () => {
    const { el, consent } = await setup();
    part(el, 'accept')!.click();
    await settle(el);
    const state = consent.get();
    expect(state.status).to.equal('decided');
    expect(state.method).to.equal('accept-all');
    expect(state.categories).to.deep.equal({ necessary: true, preferences: true, analytics: true, marketing: true });
    expect(cookieOf(consent.options.cookieName)).to.be.a('string');
    expect(dialog(el)).to.equal(null);
  });

  it('Reject all denies every optional category and stores the decision', async () => {
    const { el, consent } = await setup();
    part(el, 'reject')!.click();
    await settle(el);
    const state = consent.get();
    expect(state.status).to.equal('decided');
    expect(state.method).to.equal('reject-all');
    expect(state.categories).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
    expect(cookieOf(consent.options.cookieName)).to.be.a('string');
    expect(dialog(el)).to.equal(null);
  });

  it('Customize opens the preferences with nothing optional ticked, and Save stores the switches', async () => {
    const { el, consent } = await setup();
    part(el, 'customize')!.click();
    await settle(el);
    expect(dialog(el)!.matches(':modal')).to.equal(true);
    const switches = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role=switch]')];
    expect(switches.map((s) => [s.name, s.checked, s.disabled])).to.deep.equal([
      ['necessary', true, true],
      ['preferences', false, false],
      ['analytics', false, false],
      ['marketing', false, false],
    ]);
    await expect(el).to.be.accessible();
    switches[2].click();
    part(el, 'save')!.click();
    await settle(el);
    expect(consent.get()).to.include({ status: 'decided', method: 'custom' });
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: false,
      analytics: true,
      marketing: false,
    });
  });

  it('starts the switches from what holds now in opt-out mode, so that Save keeps what the visitor leaves alone', async () => {
    const { el, consent } = await setup({ mode: 'opt-out' });
    el.openPreferences();
    await settle(el);
    const switches = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].map((input) => [
      input.name,
      input.checked,
    ]);
    expect(switches).to.deep.equal([
      ['necessary', true],
      ['preferences', true],
      ['analytics', true],
      ['marketing', true],
    ]);
    part(el, 'save')!.click();
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: true,
      analytics: true,
      marketing: true,
    });
  });

  it('lists every category with its description and its services, necessary first', async () => {
    const { el } = await setup();
    el.openPreferences();
    await settle(el);
    const text = [...el.shadowRoot!.querySelectorAll('[part~=category]')].map((c) =>
      c.textContent!.replace(/\s+/g, ' '),
    );
    expect(text).to.have.length(4);
    expect(text[0]).to.contain('Necessary').and.contain('Always on');
    expect(text[2])
      .to.contain('Analytics')
      .and.contain('Google Analytics: Counts visits')
      .and.contain('Cookies: _gid, _ga');
    expect(text[3]).to.contain('Ads on other sites');
    // Each switch is described by its category's description, which a screen reader reads with it.
    const described = [...el.shadowRoot!.querySelectorAll('input')].map(
      (input) => el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)?.textContent,
    );
    expect(described[3]).to.equal('Ads on other sites');
    expect(described.every(Boolean)).to.equal(true);
  });

  it('Accept all and Reject all in the preferences act like on the first layer', async () => {
    const { el, consent } = await setup();
    el.openPreferences();
    await settle(el);
    part(el, 'accept')!.click();
    await settle(el);
    expect(consent.get().categories.marketing).to.equal(true);
    el.openPreferences();
    await settle(el);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name=marketing]')!.checked).to.equal(true);
    part(el, 'reject')!.click();
    await settle(el);
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: false,
      analytics: false,
      marketing: false,
    });
    expect(dialog(el)).to.equal(null);
  });

  it('starts the switches from the previous choices after a policy change', async () => {
    const old = make({ cookieName: 'assent_banner_policy' });
    old.update({ analytics: true });
    old.destroy();
    const { el, consent } = await setup({ cookieName: 'assent_banner_policy', policyVersion: '2' });
    expect(consent.get().status).to.equal('pending');
    expect(dialog(el)?.open).to.equal(true);
    part(el, 'customize')!.click();
    await settle(el);
    const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.name);
    expect(checked).to.deep.equal(['necessary', 'analytics']);
  });

  it('starts marketing unticked under GPC after a policy change, and Save does not grant it', async () => {
    const old = make({ cookieName: 'assent_banner_gpc_policy' });
    old.acceptAll();
    old.destroy();
    await withGpc(async () => {
      const { el, consent } = await setup({ cookieName: 'assent_banner_gpc_policy', policyVersion: '2' });
      part(el, 'customize')!.click();
      await settle(el);
      const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.name);
      expect(checked).to.deep.equal(['necessary', 'preferences', 'analytics']);
      part(el, 'save')!.click();
      await settle(el);
      expect(consent.get()).to.include({ status: 'decided', method: 'custom' });
      expect(consent.get().categories).to.include({ analytics: true, marketing: false });
    });
  });
});

describe('assent-banner: dismissal is not consent', () => {
  afterEach(cleanup);

  for (const [how, dismiss] of [
    [
      'Escape',
      (el: AssentBanner) => dialog(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    ],
    ['the close button', (el: AssentBanner) => part(el, 'close')!.click()],
  ] as const) {
    it(`closing the banner with ${how} leaves the decision pending`, async () => {
      const { el, consent } = await setup();
      const hidden = oneEvent(el, 'assent-hide');
      dismiss(el);
      expect((await hidden).detail).to.deep.equal({ reason: 'dismissal' });
      await settle(el);
      expect(dialog(el)).to.equal(null);
      expect(consent.get().status).to.equal('pending');
      expect(consent.get().categories).to.deep.equal({
        necessary: true,
        preferences: false,
        analytics: false,
        marketing: false,
      });
      expect(cookieOf(consent.options.cookieName)).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it(`closing the preferences with ${how} saves nothing, even with a switch turned on`, async () => {
      const { el, consent } = await setup();
      el.openPreferences();
      await settle(el);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[name=analytics]')!.click();
      dismiss(el);
      await settle(el);
      expect(dialog(el)).to.equal(null);
      expect(consent.get().status).to.equal('pending');
      expect(consent.get().categories.analytics).to.equal(false);
    });
  }
});

describe('assent-banner: reopening and events', () => {
  afterEach(cleanup);

  it('opens the preferences from any element with data-assent-open, after a decision too', async () => {
    const { el, consent } = await setup();
    part(el, 'reject')!.click();
    await settle(el);
    const link = await fixture<HTMLAnchorElement>(
      html`<a href="#settings" data-assent-open><span>Privacy settings</span></a>`,
    );
    link.querySelector('span')!.click();
    await settle(el);
    expect(location.hash).to.equal('');
    expect(dialog(el)!.getAttribute('part')).to.equal('base preferences');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name=preferences]')!.click();
    part(el, 'save')!.click();
    await settle(el);
    expect(consent.get().categories).to.include({ preferences: true, analytics: false });
    await expect(el).to.be.accessible();
  });

  it('shows a floating button after the decision, which reopens the preferences', async () => {
    const { el } = await setup({}, (banner) => (banner.floatingButton = true));
    expect(part(el, 'floating')).to.equal(null);
    part(el, 'accept')!.click();
    await settle(el);
    const floating = part(el, 'floating')!;
    expect(floating.getAttribute('aria-label')).to.equal('Privacy settings');
    await expect(el).to.be.accessible();
    floating.click();
    await settle(el);
    expect(dialog(el)!.getAttribute('part')).to.equal('base preferences');
  });

  it('says the banner closed by a decision when a button decides, or when the decision is made elsewhere', async () => {
    const { el, consent } = await setup();
    let hidden = oneEvent(el, 'assent-hide');
    part(el, 'reject')!.click();
    expect((await hidden).detail).to.deep.equal({ reason: 'decision' });

    consent.reset();
    await settle(el);
    expect(dialog(el)?.open).to.equal(true);
    hidden = oneEvent(el, 'assent-hide');
    consent.acceptAll();
    expect((await hidden).detail).to.deep.equal({ reason: 'decision' });
  });

  it('opens the preferences once for a click on a data-assent-open control', async () => {
    const { el, consent } = await setup();
    consent.rejectAll();
    await settle(el);
    const button = Object.assign(document.createElement('button'), { textContent: 'Cookie settings' });
    button.setAttribute('data-assent-open', '');
    document.body.append(button);
    let shown = 0;
    el.addEventListener('assent-show', () => shown++);
    try {
      button.click();
      await settle(el);
      expect(shown).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part~="preferences"]')).not.to.equal(null);
    } finally {
      button.remove();
    }
  });

  it('dispatches assent-show, assent-hide and assent-change, bubbling out of shadow roots', async () => {
    const consent = make();
    const seen: string[] = [];
    const listen = (event: Event) => seen.push(event.type);
    for (const type of ['assent-show', 'assent-hide', 'assent-change']) document.addEventListener(type, listen);
    try {
      const el = await fixture<AssentBanner>(html`<assent-banner .consent=${consent}></assent-banner>`);
      await settle(el);
      const change = oneEvent(el, 'assent-change');
      part(el, 'accept')!.click();
      const { detail } = (await change) as CustomEvent<ConsentChange>;
      expect(detail.state.status).to.equal('decided');
      expect(detail.changed).to.deep.equal(['preferences', 'analytics', 'marketing']);
      await settle(el);
      expect(seen).to.deep.equal(['assent-show', 'assent-change', 'assent-hide']);
    } finally {
      for (const type of ['assent-show', 'assent-hide', 'assent-change']) document.removeEventListener(type, listen);
    }
  });

  it('announces each change of its store once on the element and once on document, and none once removed', async () => {
    const consent = make();
    const el = await fixture<AssentBanner>(html`<assent-banner .consent=${consent}></assent-banner>`);
    await settle(el);
    const onElement: string[] = [];
    const onDocument: string[] = [];
    el.addEventListener('assent-change', (event) => onElement.push(event.detail.state.status));
    const listen = (event: Event) => onDocument.push((event as CustomEvent<ConsentChange>).detail.state.status);
    document.addEventListener('assent-change', listen);
    try {
      part(el, 'accept')!.click(); // the visitor
      consent.update({ analytics: false }); // the site's code
      consent.reset();
      expect(onElement).to.deep.equal(['decided', 'decided', 'pending']);
      expect(onDocument).to.deep.equal(['decided', 'decided', 'pending']);
      el.remove();
      consent.acceptAll();
      expect(onElement, 'off the page it follows nothing').to.have.length(3);
      expect(onDocument).to.have.length(3);
    } finally {
      document.removeEventListener('assent-change', listen);
    }
  });

  it('follows a new store given to it', async () => {
    const { el } = await setup();
    part(el, 'reject')!.click();
    await settle(el);
    const other = make();
    el.consent = other;
    await settle(el);
    expect(dialog(el)?.open).to.equal(true);
    part(el, 'accept')!.click();
    await settle(el);
    expect(other.get().method).to.equal('accept-all');
  });

  it('opens again when the site resets the decision', async () => {
    const { el, consent } = await setup();
    part(el, 'accept')!.click();
    await settle(el);
    consent.reset();
    await settle(el);
    expect(dialog(el)?.open).to.equal(true);
    expect(dialog(el)!.getAttribute('part')).to.equal('base banner');
  });

  it('shows the visitor their consent reference in the preferences, once decided, where the site sends receipts', async () => {
    const { el, consent } = await setup({}, (banner) => (banner.showConsentReference = true));
    el.openPreferences();
    await settle(el);
    expect(part(el, 'reference'), 'before a decision there is none').to.equal(null);
    consent.rejectAll();
    el.openPreferences();
    await settle(el);
    expect(part(el, 'reference')!.textContent).to.equal(`Your consent reference: ${consent.get().id}`);
    expect(part(el, 'reference')!.querySelector('code')!.textContent).to.equal(consent.get().id);
    await expect(el).to.be.accessible();
    el.showConsentReference = false;
    await settle(el);
    expect(part(el, 'reference')).to.equal(null);
    expect(() => (el.showConsentReference = 'yes' as never)).to.throw(
      'assent: banner option "showConsentReference" must be true or false, got "yes"',
    );
  });

  it('shows no consent reference by default, as a site without receipts keeps none', async () => {
    const { el, consent } = await setup();
    consent.acceptAll();
    el.openPreferences();
    await settle(el);
    expect(part(el, 'reference')).to.equal(null);
  });

  it('says that the privacy signal is honoured when GPC is on', async () => {
    await withGpc(async () => {
      const { el, consent } = await setup();
      expect(part(el, 'note')!.textContent).to.contain('GPC').and.contain('marketing stays off');
      await expect(el).to.be.accessible();
      part(el, 'accept')!.click();
      expect(consent.get().categories).to.include({ analytics: true, marketing: false });
    });
  });
});

describe('assent-banner: safety', () => {
  afterEach(() => {
    cleanup();
    delete (window as { pwned?: boolean }).pwned;
  });

  it('shows configured markup as text and never runs it', async () => {
    const attack = '<img src=x onerror="window.pwned=true">';
    const { el } = await setup(
      { categories: [{ name: 'analytics', description: attack, services: [{ name: attack }] }] },
      (banner) => (banner.texts = { title: attack, text: attack }),
    );
    expect(part(el, 'title')!.textContent).to.equal(attack);
    el.openPreferences();
    await settle(el);
    expect(part(el, 'title')!.textContent).to.equal('Privacy preferences');
    expect(el.shadowRoot!.querySelector('[part~=category]:nth-of-type(2)')!.textContent).to.contain(attack);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('labels a category named "constructor" by its name, never with what objects inherit', async () => {
    const { el } = await setup({ categories: ['constructor'] });
    el.openPreferences();
    await settle(el);
    const label = el.shadowRoot!.querySelector('[part~=category]:nth-of-type(2) [part~=label]')!;
    expect(label.textContent!.trim()).to.equal('constructor');
  });

  it('opens the preferences, showing no markup, when a description is shaped like a template', async () => {
    const markup = '<img src=x onerror="window.pwned=true">';
    // What lit would take for one of its own templates; production builds of core do not check descriptions.
    const description = { _$litType$: 1, strings: Object.assign([markup], { raw: [markup] }), values: [] };
    const env = (window as unknown as { process: { env: { NODE_ENV?: string } } }).process.env;
    env.NODE_ENV = 'production';
    let el: AssentBanner;
    try {
      ({ el } = await setup({ categories: [{ name: 'analytics', description: description as unknown as string }] }));
    } finally {
      env.NODE_ENV = 'development';
    }
    el.openPreferences();
    await settle(el);
    expect(dialog(el)!.open).to.equal(true);
    expect(el.shadowRoot!.querySelector('#d-analytics')!.textContent).to.contain('visits');
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
  });

  it('refuses a javascript: privacy URL with an error naming the option', async () => {
    const { el } = await setup();
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi']) {
      expect(() => (el.privacyUrl = bad)).to.throw(
        Error,
        /^assent: banner option "privacyUrl" must be an http\(s\) or relative URL, got/,
      );
    }
    expect(part(el, 'link')!.getAttribute('href')).to.equal('/privacy');
    el.privacyUrl = 'https://shop.test/privacy';
    await settle(el);
    expect(part(el, 'link')!.getAttribute('href')).to.equal('https://shop.test/privacy');
  });

  it('never links a javascript: URL given as an attribute', async () => {
    const { el } = await setup();
    const errors = await uncaught(async () => {
      el.setAttribute('privacy-url', 'javascript:alert(1)');
      await settle(el);
    });
    expect(part(el, 'link')).to.equal(null);
    expect(errors.join()).to.contain('privacyUrl');
  });

  it('refuses an unknown layout or colour scheme with an error naming the option', async () => {
    const { el } = await setup();
    expect(() => (el.layout = 'sidebar' as 'bar')).to.throw(
      /^assent: banner option "layout" must be "bar" or "box" or "modal", got "sidebar"/,
    );
    expect(() => (el.colorScheme = 'blue' as 'dark')).to.throw(/"colorScheme" must be "auto" or "light" or "dark"/);
    expect(el.layout).to.equal('bar');
  });

  it('reads an unknown layout or colour scheme attribute as the default', async () => {
    const { el } = await setup();
    // The attribute is the site's markup: a wrong value is reported (an error event) and shown as the default.
    const reported = await uncaught(() => {
      el.setAttribute('layout', 'sidebar');
      el.setAttribute('color-scheme', 'blue');
    });
    expect(reported).to.deep.equal([
      'assent: banner option "layout" must be "bar" or "box" or "modal", got "sidebar"',
      'assent: banner option "colorScheme" must be "auto" or "light" or "dark", got "blue"',
    ]);
    expect([el.layout, el.colorScheme]).to.deep.equal(['bar', 'auto']);
  });
});
