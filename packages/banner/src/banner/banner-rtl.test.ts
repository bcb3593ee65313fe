// Arabic and Hebrew: the dialog mirrors (logical CSS properties), and stays accessible.
import { expect } from '@open-wc/testing';
import { registerLanguage } from '../i18n/language.js';
import { cleanup, dialog, part, settle, setup } from '../test/helpers.js';

const rect = (node: Element) => node.getBoundingClientRect();

describe('assent-banner: right to left', () => {
  before(async () => {
    for (const code of ['ar', 'he']) registerLanguage(code, (await import(`../i18n/${code}.ts`)).default);
  });
  afterEach(cleanup);

  for (const code of ['ar', 'he']) {
    it(`mirrors the first layer in ${code}: right to left, the close button on the left`, async () => {
      const { el } = await setup({}, (banner) => (banner.lang = code));
      const box = dialog(el)!;
      expect(box.dir).to.equal('rtl');
      expect(box.lang).to.equal(code);
      expect(getComputedStyle(part(el, 'title')!).direction).to.equal('rtl');
      const close = rect(part(el, 'close')!);
      expect(close.left - rect(box).left, 'close button near the left edge').to.be.below(rect(box).width / 4);
      await expect(el).to.be.accessible();
    });
  }

  it('puts the box in the bottom-left corner and the floating button on the right', async () => {
    const { el } = await setup({}, (banner) => {
      banner.lang = 'ar';
      banner.layout = 'box';
    });
    const box = rect(dialog(el)!);
    expect(box.left).to.be.closeTo(16, 2);
    expect(box.bottom).to.be.closeTo(innerHeight - 16, 2);
    part(el, 'reject')!.click();
    await settle(el);
    const floating = rect(part(el, 'floating')!);
    expect(floating.right).to.be.closeTo(innerWidth - 16, 2);
  });

  it('moves a switch on towards the left in the preferences, and they pass axe', async function () {
    this.timeout(30000);
    const { el } = await setup({}, (banner) => (banner.lang = 'he'));
    el.openPreferences();
    await settle(el);
    const analytics = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=analytics]')!;
    const knob = () => {
      const left = parseFloat(getComputedStyle(analytics, '::before').left);
      const shift = parseFloat(getComputedStyle(analytics, '::before').translate) || 0;
      return left + shift;
    };
    const off = knob();
    analytics.click();
    await settle(el); // the knob slides: read it where it stops
    expect(knob(), 'the knob moves left when switched on').to.be.below(off);
    expect(part(el, 'title')!.textContent).to.equal('העדפות פרטיות');
    await expect(el).to.be.accessible();
  });
});
