// The first layer follows the mode in force: a consent request where the law asks for opt-in (the EEA), a notice in
// opt-out mode, with "Do Not Sell or Share My Personal Information" where a US state's law asks for that opt-out.
import { expect } from '@open-wc/testing';
import { ruleInForce, type ConsentOptions } from '@assent/core';
import { languages, registerLanguage } from '../i18n/language.js';
import en from '../i18n/en.js';
import noticeEn from '../i18n/notice-en.js';
import { explain } from './explain.js';
import { cleanup, dialog, part, settle, setup } from '../test/helpers.js';

const inRegion = (region: string, options: Partial<ConsentOptions> = {}) =>
  setup({ ...options, rule: ruleInForce({ regions: true, region, mode: 'opt-in' }) });
const buttons = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('[part~="actions"] button')].map((button) => button.getAttribute('part'));

describe('assent-banner: wording by the rule in force', function () {
  // An accessibility check per render: room for a shared, loaded machine.
  this.timeout(30000);
  afterEach(cleanup);

  it('gives a visitor in California a notice with "Do Not Sell or Share My Personal Information"', async () => {
    const { el, consent } = await inRegion('US-CA');
    expect(consent.get().status).to.equal('pending');
    expect(dialog(el)?.open).to.equal(true);
    expect(part(el, 'title')!.textContent).to.equal(noticeEn.noticeTitle);
    const text = part(el, 'text')!.textContent!;
    expect(text).to.contain('We also use cookies to remember your settings, measure visits and show relevant ads');
    expect(text).to.contain('unless you opt out.');
    expect(text).to.contain(noticeEn.sale);
    expect(text).not.to.contain('With your consent');
    expect(buttons(el)).to.deep.equal(['button do-not-sell', 'button ok', 'button customize']);
    expect(part(el, 'do-not-sell')!.textContent).to.equal('Do Not Sell or Share My Personal Information');
    await expect(el).to.be.accessible();
  });

  it('records "Do Not Sell or Share" as the visitor\'s own opt-out of marketing, keeping the rest', async () => {
    const { el, consent } = await inRegion('US-CA');
    part(el, 'do-not-sell')!.click();
    await settle(el);
    expect(consent.get()).to.include({ status: 'decided', method: 'custom' });
    expect(consent.get().categories).to.deep.equal({
      necessary: true,
      preferences: true,
      analytics: true,
      marketing: false,
    });
    expect(dialog(el)?.open ?? false).to.equal(false);
  });

  it('records OK as accepting what the notice describes', async () => {
    const { el, consent } = await inRegion('US-CO');
    part(el, 'ok')!.click();
    await settle(el);
    expect(consent.get()).to.include({ status: 'decided', method: 'accept-all' });
    expect(consent.allowed('marketing')).to.equal(true);
  });

  it('says nothing of selling, and offers Reject all, where the site has no marketing', async () => {
    const { el } = await inRegion('US-CA', { categories: ['analytics'] });
    expect(part(el, 'text')!.textContent).not.to.contain(noticeEn.sale);
    expect(buttons(el)).to.deep.equal(['button reject', 'button ok', 'button customize']);
    await expect(el).to.be.accessible();
  });

  it('asks a visitor in Germany for consent, with Accept all and Reject all of equal weight', async () => {
    const { el, consent } = await inRegion('DE');
    expect(consent.get().categories.analytics).to.equal(false);
    expect(part(el, 'title')!.textContent).to.equal(en.title);
    expect(part(el, 'text')!.textContent).to.contain('With your consent we also use cookies to');
    expect(part(el, 'text')!.textContent).not.to.contain(noticeEn.sale);
    expect(buttons(el)).to.deep.equal(['button accept', 'button reject', 'button customize']);
    await expect(el).to.be.accessible();
  });

  it("tells rather than asks in the site's own opt-out mode, and offers Reject all: no sale law applies", async () => {
    const { el, consent } = await setup({ mode: 'opt-out' });
    expect(consent.allowed('marketing')).to.equal(true);
    expect(part(el, 'title')!.textContent).to.equal(noticeEn.noticeTitle);
    const text = part(el, 'text')!.textContent!;
    expect(text).to.contain('unless you opt out.');
    expect(text).not.to.contain('With your consent');
    expect(text).not.to.contain(noticeEn.sale);
    expect(buttons(el)).to.deep.equal(['button reject', 'button ok', 'button customize']);
    part(el, 'reject')!.click();
    await settle(el);
    expect(consent.get()).to.include({ status: 'decided', method: 'reject-all' });
    expect(consent.allowed('marketing')).to.equal(false);
  });

  it("speaks of selling only under a US state's rule: a site's own opt-out rule for Brazil offers Reject all", async () => {
    const { el } = await setup({ rule: ruleInForce({ regions: { BR: 'opt-out' }, region: 'BR', mode: 'opt-in' }) });
    expect(part(el, 'title')!.textContent).to.equal(noticeEn.noticeTitle);
    expect(part(el, 'text')!.textContent).not.to.contain(noticeEn.sale);
    expect(buttons(el)).to.deep.equal(['button reject', 'button ok', 'button customize']);
    await expect(el).to.be.accessible();
  });

  it('asks for consent where the server gave no region', async () => {
    const { el } = await setup({ rule: ruleInForce({ regions: true, mode: 'opt-out' }) });
    expect(buttons(el)).to.deep.equal(['button accept', 'button reject', 'button customize']);
  });

  it('keeps the preferences of a notice: the switches, Save, Accept all, Reject all', async () => {
    const { el } = await inRegion('US-CA');
    el.openPreferences();
    await settle(el);
    expect(buttons(el)).to.deep.equal(['button save', 'button accept', 'button reject']);
    expect(part(el, 'text')!.textContent).to.contain('unless you opt out');
    await expect(el).to.be.accessible();
  });

  it('shows the notice in every language the banner ships, right to left in Arabic and Hebrew', async () => {
    for (const code of languages) {
      const { default: own } = (await import(`../i18n/${code}.ts`)) as { default: Record<string, string> };
      // English's notice texts are the banner's own (notice-en); every other language file carries them.
      const texts: Record<string, string> = { ...noticeEn, ...own };
      registerLanguage(code, own);
      const { el } = await inRegion('US-CA', {}).then(async (made) => {
        made.el.lang = code;
        await settle(made.el);
        return made;
      });
      expect(part(el, 'title')!.textContent, code).to.equal(texts.noticeTitle);
      expect(part(el, 'do-not-sell')!.textContent, code).to.equal(texts.doNotSell);
      expect(part(el, 'ok')!.textContent, code).to.equal(texts.ok);
      const text = part(el, 'text')!.textContent!;
      expect(text, code).to.contain(texts.sale);
      expect(text, code).not.to.contain('{purposes}');
      expect(text, code).to.contain(texts.marketingPurpose);
      expect(dialog(el)!.dir, code).to.equal(code == 'ar' || code == 'he' ? 'rtl' : 'ltr');
      cleanup();
      el.remove();
    }
  });

  it('words every language notice from its own purposes, never the consent sentence', async () => {
    for (const code of languages) {
      const { default: own } = (await import(`../i18n/${code}.ts`)) as { default: Record<string, string> };
      const texts: Record<string, string> = { ...noticeEn, ...own };
      const notice = explain(texts, ['necessary', 'analytics'], true);
      expect(notice, code).to.contain(texts.noticeFor.replace('{purposes}', texts.analyticsPurpose));
      expect(notice, code).not.to.contain(texts.consentFor.replace('{purposes}', texts.analyticsPurpose));
      expect(notice, code).not.to.contain(texts.sale);
    }
  });
});
