import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanup, dialog, focused, part, pressShiftTab, settle, setup } from '../test/helpers.js';
import type { AssentBanner } from './banner.component.js';

const press = async (el: AssentBanner, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};

async function shiftTab(el: AssentBanner): Promise<void> {
  await pressShiftTab();
  await settle(el);
}

/** Presses Tab until the named part has the focus, as a keyboard user would. */
async function tabTo(el: AssentBanner, name: string): Promise<HTMLElement> {
  const selector = `[part~="${name}"], [name="${name}"]`;
  for (let i = 0; i < 20 && !focused(el)?.matches(selector); i++) await press(el, 'Tab');
  expect(focused(el)?.matches(selector), `${name} focused`).to.equal(true);
  return focused(el) as HTMLElement;
}

describe('assent-banner: keyboard only', () => {
  afterEach(cleanup);

  it('moves the focus into the banner when it opens', async () => {
    const { el } = await setup();
    expect(document.activeElement).to.equal(el);
    expect(focused(el)).to.equal(dialog(el));
    await expect(el).to.be.accessible();
  });

  it('accepts all with Tab and Enter', async () => {
    const { el, consent } = await setup();
    await tabTo(el, 'accept');
    await press(el, 'Enter');
    expect(consent.get()).to.include({ status: 'decided', method: 'accept-all' });
    expect(dialog(el)).to.equal(null);
  });

  it('rejects all with Tab and Space', async () => {
    const { el, consent } = await setup();
    await tabTo(el, 'reject');
    await press(el, ' ');
    expect(consent.get()).to.include({ status: 'decided', method: 'reject-all' });
    expect(consent.get().categories.analytics).to.equal(false);
  });

  it('customises: Customize, a switch with Space, then Save', async () => {
    const { el, consent } = await setup();
    await tabTo(el, 'customize');
    await press(el, 'Enter');
    expect(dialog(el)!.getAttribute('part')).to.equal('base preferences');
    expect(dialog(el)!.contains(focused(el))).to.equal(true);
    const analytics = (await tabTo(el, 'analytics')) as HTMLInputElement;
    await press(el, ' ');
    expect(analytics.checked).to.equal(true);
    expect(analytics.getAttribute('role')).to.equal('switch');
    await tabTo(el, 'save');
    await press(el, 'Enter');
    expect(consent.get()).to.include({ status: 'decided', method: 'custom' });
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: false,
      analytics: true,
      marketing: false,
    });
  });

  it('Escape dismisses without consent and gives the focus back', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
    button.focus();
    const { el, consent } = await setup();
    expect(focused(el)).to.equal(dialog(el));
    await press(el, 'Escape');
    expect(dialog(el)).to.equal(null);
    expect(consent.get().status).to.equal('pending');
    expect(document.activeElement).to.equal(button);
  });
});

describe('assent-banner: preferences focus', () => {
  afterEach(cleanup);

  it('keeps Tab and Shift+Tab inside the preferences, keeps the page inert, and returns the focus', async () => {
    const { el, consent } = await setup();
    consent.rejectAll();
    await settle(el);
    const opener = await fixture<HTMLButtonElement>(html`<button data-assent-open>Privacy settings</button>`);
    opener.focus();
    await press(el, 'Enter');
    const box = dialog(el)!;
    expect(box.matches(':modal')).to.equal(true);
    expect(box.getAttribute('part')).to.equal('base preferences');
    await expect(el).to.be.accessible();

    opener.focus();
    expect(document.activeElement, 'the page behind is inert').to.equal(el);
    const seen = new Set<Element>();
    for (let i = 0; i < 12; i++) {
      await press(el, 'Tab');
      expect(document.activeElement).to.equal(el);
      expect(box.contains(focused(el)), `Tab ${i}`).to.equal(true);
      seen.add(focused(el)!);
    }
    // Close, link, three optional switches, Save, Accept all, Reject all: the cycle visits all of them.
    expect(seen.size).to.be.at.least(7);
    for (let i = 0; i < 12; i++) {
      await shiftTab(el);
      expect(document.activeElement).to.equal(el);
      expect(box.contains(focused(el)), `Shift+Tab ${i}`).to.equal(true);
    }
    await press(el, 'Escape');
    expect(dialog(el)).to.equal(null);
    expect(document.activeElement).to.equal(opener);
  });

  it('wraps from the last button to the close button and back', async () => {
    const { el } = await setup();
    el.openPreferences();
    await settle(el);
    await tabTo(el, 'reject');
    await press(el, 'Tab');
    expect(focused(el)).to.equal(part(el, 'close'));
    await shiftTab(el);
    expect(focused(el)).to.equal(part(el, 'reject'));
  });

  it('returns the focus to the floating button that opened the preferences', async () => {
    const { el, consent } = await setup({}, (banner) => (banner.floatingButton = true));
    consent.acceptAll();
    await settle(el);
    part(el, 'floating')!.focus();
    await press(el, 'Enter');
    expect(dialog(el)!.matches(':modal')).to.equal(true);
    await tabTo(el, 'close');
    await press(el, 'Enter');
    expect(focused(el)).to.equal(part(el, 'floating'));
    await expect(el).to.be.accessible();
  });

  it('returns the focus to a "Privacy settings" link that was clicked, even where a click does not focus it (Safari)', async () => {
    const { el, consent } = await setup();
    consent.rejectAll();
    await settle(el);
    const link = await fixture<HTMLAnchorElement>(html`<a href="#settings" data-assent-open>Privacy settings</a>`);
    link.click(); // a click that leaves the focus where it was, as Safari's does
    await settle(el);
    expect(dialog(el)!.matches(':modal')).to.equal(true);
    await press(el, 'Escape');
    expect(document.activeElement).to.equal(link);
  });

  it('leaves the focus alone when a decision made elsewhere closes the banner', async () => {
    // The banner opens from a button (where the focus would return), then the visitor goes on typing in the page.
    const opener = await fixture<HTMLButtonElement>(html`<button>Menu</button>`);
    opener.focus();
    const { el, consent } = await setup();
    expect(focused(el)).to.equal(dialog(el));
    const field = await fixture<HTMLInputElement>(html`<input aria-label="Search">`);
    field.focus();
    consent.acceptAll(); // the site's code, or another tab
    await settle(el);
    expect(dialog(el)).to.equal(null);
    expect(document.activeElement).to.equal(field);
  });

  it('treats a close request other than Escape (Android back) as a dismissal', async () => {
    let hidden = 0;
    const { el, consent } = await setup({}, (banner) => banner.addEventListener('assent-hide', () => hidden++));
    el.openPreferences();
    await settle(el);
    const cancel = new Event('cancel', { cancelable: true });
    dialog(el)!.dispatchEvent(cancel);
    await settle(el);
    expect(cancel.defaultPrevented, 'the dialog does not close itself behind the banner').to.equal(true);
    expect(dialog(el)).to.equal(null);
    expect(hidden).to.equal(1);
    expect(consent.get().status).to.equal('pending');
    el.texts = { title: 'Re-rendered' };
    await settle(el);
    expect(dialog(el), 'stays closed on the next render').to.equal(null);
  });

  it('scrolls a control of the page that takes the focus out from under the open bar (WCAG 2.4.11)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><div style="height: 150vh"></div><a href="#under">Under the bar</a><div style="height: 150vh"></div></div>`,
    );
    const { el } = await setup();
    const link = page.querySelector('a')!;
    // Put the link in the middle of the bar's height, inside the window, where only the bar hides it.
    const bar = dialog(el)!.getBoundingClientRect();
    scrollBy(0, link.getBoundingClientRect().top - (bar.top + bar.height / 2));
    expect(link.getBoundingClientRect().top, 'hidden under the bar').to.be.greaterThan(bar.top);
    link.focus();
    await settle(el);
    expect(document.activeElement).to.equal(link);
    expect(link.getBoundingClientRect().bottom).to.be.at.most(dialog(el)!.getBoundingClientRect().top);
    scrollTo(0, 0);
  });
});
