import { expect } from '@open-wc/testing';
import { createConsent, type Consent } from '@assent/core';
import { mount } from './banner-entry.js';

describe('mount (dist/assent-banner.js)', () => {
  let consent: Consent;
  let run = 0;
  const cookieName = () => `assent_mount_${run}`;

  beforeEach(() => {
    run += 1;
    consent = createConsent({ policyVersion: '1', cookieName: cookieName(), categories: ['analytics'] });
  });
  afterEach(() => {
    document.querySelectorAll('assent-banner').forEach((banner) => banner.remove());
    consent.destroy();
    document.cookie = `${cookieName()}=; path=/; max-age=0`;
  });

  it('adds a banner bound to the consent instance, with the configured layout, language and texts', async () => {
    mount(consent, {
      lang: 'de',
      layout: 'box',
      privacyUrl: '/privacy',
      texts: { title: 'Kekse?' },
      language: { acceptAll: 'Alle akzeptieren' },
    });
    const banner = document.querySelector('assent-banner')!;
    expect(banner.parentElement).to.equal(document.body);
    expect(banner.getAttribute('layout')).to.equal('box');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const dialog = banner.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Kekse?');
    expect(dialog.textContent).to.contain('Alle akzeptieren');
    expect(dialog.querySelector('a')!.getAttribute('href')).to.equal('/privacy');
  });

  it('shows the colour scheme data-color-scheme chose, whatever the system prefers', async () => {
    mount(consent, { lang: 'en', colorScheme: 'dark' });
    const banner = document.querySelector('assent-banner')!;
    expect(banner.getAttribute('color-scheme')).to.equal('dark');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const dark = getComputedStyle(banner.shadowRoot!.querySelector('dialog')!).backgroundColor;
    banner.setAttribute('color-scheme', 'light');
    const light = getComputedStyle(banner.shadowRoot!.querySelector('dialog')!).backgroundColor;
    expect(dark).not.to.equal(light);
  });

  it('styles the banner with a constructed stylesheet, which a strict style-src allows', async () => {
    mount(consent, { lang: 'en' });
    const root = document.querySelector('assent-banner')!.shadowRoot!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelector('style')).to.equal(null);
    expect(root.adoptedStyleSheets).to.have.length(1);
    // The banner's own CSS applies: its bar is fixed over the page.
    expect(getComputedStyle(root.querySelector('dialog')!).position).to.equal('fixed');
  });

  it("keeps the banner's own assent-change from reaching document (assent.js announces each change once)", async () => {
    mount(consent, { lang: 'en' });
    let onDocument = 0;
    let onBanner = 0;
    const banner = document.querySelector('assent-banner')!;
    // The banner binds to the store when it first renders.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const count = () => {
      onDocument += 1;
    };
    document.addEventListener('assent-change', count);
    banner.addEventListener('assent-change', () => {
      onBanner += 1;
    });
    try {
      consent.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      document.removeEventListener('assent-change', count);
    }
    expect(onBanner).to.equal(1);
    expect(onDocument).to.equal(0);
  });
});
