import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentOptions } from '@assent/core';
import { registerLanguage } from '../i18n/language.js';
import '../services.js';
import { cleanup, dialog, focused, part, settle, setup } from '../test/helpers.js';
import type { AssentBanner } from './banner.component.js';

// A shop that lets visitors take YouTube without the ad pixel.
const categories: ConsentOptions['categories'] = [
  { name: 'analytics', services: [{ name: 'Google Analytics', cookies: [/^_ga/] }] },
  {
    name: 'marketing',
    services: [
      { id: 'youtube', name: 'YouTube', description: 'Videos on product pages', cookies: ['YSC'] },
      { id: 'pixel', name: 'Ad pixel', description: 'Measures our ads' },
    ],
  },
];

const input = (el: AssentBanner, name: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  return check();
};

/** The preferences of a banner whose store declares services with switches of their own, once they are shown. */
async function preferences(options: Partial<ConsentOptions> = {}) {
  const made = await setup({ categories, ...options });
  made.el.openPreferences();
  expect(await until(() => !!made.el.shadowRoot!.querySelector('[name="youtube"]')), 'service switches').to.equal(true);
  await settle(made.el);
  return made;
}

describe('assent-banner: a switch per service', () => {
  afterEach(cleanup);

  it('lists each service with its own switch under its category, labelled and described, and is accessible', async () => {
    const { el } = await preferences();
    const youtube = input(el, 'youtube');
    expect(youtube.getAttribute('role')).to.equal('switch');
    expect(youtube.closest('label')!.textContent!.trim()).to.equal('YouTube');
    expect(el.shadowRoot!.getElementById(youtube.getAttribute('aria-describedby')!)!.textContent).to.match(
      /Videos on product pages\s+Cookies: YSC/,
    );
    const marketing = input(el, 'marketing');
    expect(marketing.closest('[part~="category"]')!.contains(youtube)).to.equal(true);
    expect([marketing.checked, youtube.checked, input(el, 'pixel').checked]).to.deep.equal([false, false, false]);
    // A category without service switches keeps its one switch, with its services listed.
    expect(input(el, 'analytics').getAttribute('role')).to.equal('switch');
    expect(part(el, 'services')!.textContent).to.contain('Google Analytics');
    await expect(el).to.be.accessible();
  });

  it('keeps a category and its services consistent, showing a partial choice as mixed', async () => {
    const { el } = await preferences();
    const [marketing, youtube, pixel] = ['marketing', 'youtube', 'pixel'].map((name) => input(el, name));
    marketing!.click();
    expect([youtube!.checked, pixel!.checked], 'category on: all its services on').to.deep.equal([true, true]);
    pixel!.click();
    expect(marketing!.checked).to.equal(true);
    expect(marketing!.indeterminate, 'some on: mixed').to.equal(true);
    await expect(el).to.be.accessible();
    youtube!.click();
    expect([marketing!.checked, marketing!.indeterminate], 'all off: category off').to.deep.equal([false, false]);
    youtube!.click();
    marketing!.click();
    expect([youtube!.checked, pixel!.checked, marketing!.indeterminate]).to.deep.equal([false, false, false]);
  });

  it('saves the services switched on, and nothing for the others', async () => {
    const { el, consent } = await preferences();
    input(el, 'youtube').click();
    part(el, 'save')!.click();
    await settle(el);
    expect(consent.get().services).to.deep.equal({ youtube: true, pixel: false });
    expect(consent.allowed('marketing')).to.equal(true);
    expect(consent.allowed('analytics')).to.equal(false);
    el.openPreferences();
    await settle(el);
    expect(input(el, 'marketing').indeterminate, 'shown again as saved').to.equal(true);
    expect(input(el, 'youtube').checked).to.equal(true);
    expect(input(el, 'pixel').checked).to.equal(false);
  });

  it('works with the keyboard alone: Tab to a service, Space, then Save', async () => {
    const { el, consent } = await preferences();
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle(el);
    };
    for (let i = 0; i < 20 && focused(el)?.getAttribute('name') != 'youtube'; i++) await press('Tab');
    expect(focused(el)?.getAttribute('name')).to.equal('youtube');
    await press(' ');
    expect(input(el, 'youtube').checked).to.equal(true);
    for (let i = 0; i < 20 && !focused(el)?.matches('[part~="save"]'); i++) await press('Tab');
    await press('Enter');
    expect(dialog(el)).to.equal(null);
    expect(consent.get().services).to.deep.equal({ youtube: true, pixel: false });
  });

  it('mirrors and stays accessible in a right-to-left language', async () => {
    registerLanguage('ar', (await import('../i18n/ar.js')).default);
    const { el } = await preferences();
    el.lang = 'ar';
    await settle(el);
    input(el, 'youtube').click();
    await settle(el);
    expect(dialog(el)!.getAttribute('dir')).to.equal('rtl');
    const marketing = input(el, 'marketing').getBoundingClientRect();
    const youtube = input(el, 'youtube').getBoundingClientRect();
    expect(youtube.right, 'services indented from the right').to.be.below(marketing.right);
    await expect(el).to.be.accessible();
  });
});
