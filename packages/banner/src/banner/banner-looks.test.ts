import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { cleanup, dialog, focused, make, part, settle, setup } from '../test/helpers.js';
import type { AssentBanner } from './banner.component.js';

type Rgb = [number, number, number, number];

function rgba(color: string): Rgb {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgba(a)), luminance(rgba(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const style = (node: Element) => getComputedStyle(node);

/** A phone-sized page in `frame` with <assent-banner> defined: setViewport() is not offered by WebDriver (WebKit). */
async function frameWithBanner(frame: HTMLIFrameElement): Promise<Window> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // The source, unbundled, as the test pages run it: with a stand-in for the process.env a bundler replaces.
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
    <script type="module" src="${new URL('../define.ts', import.meta.url)}"></script></body></html>`;
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('assent-banner');
  return win;
}
const firstLayerButtons = (el: AssentBanner) => ['accept', 'reject', 'customize'].map((name) => part(el, name)!);

describe('assent-banner: looks', () => {
  afterEach(cleanup);

  for (const scheme of ['light', 'dark'] as const) {
    it(`meets contrast 4.5:1 for text and 3:1 for controls in the ${scheme} scheme`, async function () {
      this.timeout(30000); // axe over the whole preferences layer is slow in WebKit on a busy machine
      const { el } = await setup({}, (banner) => (banner.colorScheme = scheme));
      el.openPreferences();
      await settle(el);
      const box = dialog(el)!;
      const background = style(box).backgroundColor;
      expect(rgba(background)[3]).to.equal(1);
      expect(luminance(rgba(background)) < 0.2).to.equal(scheme == 'dark');
      for (const node of el.shadowRoot!.querySelectorAll('h2, p, label, li, a')) {
        expect(contrast(style(node).color, background), node.textContent!).to.be.at.least(4.5);
      }
      for (const button of el.shadowRoot!.querySelectorAll('[part~=button]')) {
        expect(contrast(style(button).color, style(button).backgroundColor)).to.be.at.least(4.5);
        expect(contrast(style(button).backgroundColor, background)).to.be.at.least(3);
      }
      const first = (await setup({}, (banner) => (banner.colorScheme = scheme))).el;
      const outlined = part(first, 'customize')!;
      const layer = style(dialog(first)!).backgroundColor;
      expect(contrast(style(outlined).color, layer), 'Customize text').to.be.at.least(4.5);
      expect(contrast(style(outlined).borderTopColor, layer), 'Customize edge').to.be.at.least(3);
      const off = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=analytics]')!;
      expect(contrast(style(off).borderTopColor, background), 'switch off').to.be.at.least(3);
      off.click();
      expect(contrast(style(off).backgroundColor, background), 'switch on').to.be.at.least(3);
      expect(contrast(style(part(el, 'close')!).color, background), 'close').to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });
  }

  it('shows a focus ring of 3:1 on the focused control', async () => {
    const { el } = await setup();
    for (let i = 0; i < 10 && !focused(el)?.matches('[part~=accept]'); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.matches('[part~=accept]'), 'Tab reached "Accept all"').to.equal(true);
    const ring = style(focused(el)!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(contrast(ring.outlineColor, style(dialog(el)!).backgroundColor)).to.be.at.least(3);
  });

  it('takes styles through ::part() and --assent-* custom properties', async () => {
    const sheet = await fixture<HTMLStyleElement>(html`<style>
      assent-banner.themed { --assent-accent: rgb(120, 0, 60); --assent-radius: 3px }
      assent-banner.themed::part(title) { font-style: italic; letter-spacing: 2px }
      assent-banner.themed::part(reject) { text-transform: uppercase }
    </style>`);
    const { el } = await setup({}, (banner) => banner.classList.add('themed'));
    expect(style(part(el, 'title')!).fontStyle).to.equal('italic');
    expect(style(part(el, 'title')!).letterSpacing).to.equal('2px');
    expect(style(part(el, 'reject')!).textTransform).to.equal('uppercase');
    expect(style(part(el, 'accept')!).backgroundColor).to.equal('rgb(120, 0, 60)');
    expect(style(part(el, 'link')!).color).to.equal('rgb(120, 0, 60)');
    el.layout = 'box';
    await settle(el);
    expect(style(dialog(el)!).borderTopLeftRadius).to.equal('3px');
    sheet.remove();
  });

  it('gives Accept all and Reject all the same size, weight and colours, and Customize their size, outlined', async () => {
    const { el } = await setup();
    const [accept, reject, customize] = firstLayerButtons(el);
    const box = accept.getBoundingClientRect();
    for (const button of [reject, customize]) {
      const rect = button.getBoundingClientRect();
      expect(Math.abs(rect.width - box.width)).to.be.below(1);
      expect(Math.abs(rect.height - box.height)).to.be.below(1);
      for (const key of ['fontWeight', 'fontSize', 'borderTopColor'] as const) {
        expect(style(button)[key], key).to.equal(style(accept)[key]);
      }
    }
    for (const key of ['color', 'backgroundColor'] as const) {
      expect(style(reject)[key], key).to.equal(style(accept)[key]);
    }
    expect(style(customize).backgroundColor, 'Customize is outlined').to.equal('rgba(0, 0, 0, 0)');
    expect(style(customize).color).to.equal(style(accept).backgroundColor);
  });

  it("keeps the preferences' actions in view on a 375 px phone", async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe style="width: 375px; height: 667px; border: 0"></iframe>`,
    );
    const win = await frameWithBanner(frame);
    const el = win.document.createElement('assent-banner') as AssentBanner;
    el.privacyUrl = '/privacy';
    win.document.body.append(el);
    el.consent = make();
    el.openPreferences();
    await settle(el);
    const layer = dialog(el)!;
    expect(layer.scrollHeight, 'the preferences are taller than the phone').to.be.above(layer.clientHeight);
    for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=actions] button')) {
      const rect = button.getBoundingClientRect();
      expect(rect.top, button.textContent!).to.be.at.least(0);
      expect(rect.bottom, button.textContent!).to.be.at.most(667);
      // In view and on top: nothing of the scrolling list covers it.
      const hit = el.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      expect(hit, button.textContent!).to.equal(button);
    }
  });

  it("takes the page's color-scheme in auto: a light shop gets a light banner whatever the system", async () => {
    const root = document.documentElement;
    try {
      for (const [scheme, dark] of [
        ['dark', true],
        ['light', false],
      ] as const) {
        root.style.colorScheme = scheme;
        const { el } = await setup();
        expect(el.colorScheme).to.equal('auto');
        expect(luminance(rgba(style(dialog(el)!).backgroundColor)) < 0.2, scheme).to.equal(dark);
        el.colorScheme = scheme == 'dark' ? 'light' : 'dark';
        await settle(el);
        expect(luminance(rgba(style(dialog(el)!).backgroundColor)) < 0.2, `forced over ${scheme}`).to.equal(!dark);
        el.remove();
      }
    } finally {
      root.style.colorScheme = '';
    }
  });

  it('takes a font family and a size through --assent-font and --assent-font-size', async () => {
    const { el } = await setup({}, (banner) => {
      banner.style.setProperty('--assent-font', 'Georgia, serif');
      banner.style.setProperty('--assent-font-size', '20px');
    });
    const title = style(part(el, 'title')!);
    expect(title.fontFamily).to.match(/^Georgia, serif$/);
    expect(title.fontSize).to.equal('25px'); // 1.25em of 20px
    expect(style(part(el, 'accept')!).fontFamily).to.match(/^Georgia, serif$/);
  });

  it('makes every target at least 24 by 24 px', async () => {
    const { el } = await setup({}, (banner) => (banner.floatingButton = true));
    const measure = () => {
      for (const node of el.shadowRoot!.querySelectorAll('button, input')) {
        const { width, height } = node.getBoundingClientRect();
        expect(width, node.outerHTML).to.be.at.least(24);
        expect(height, node.outerHTML).to.be.at.least(24);
      }
    };
    measure();
    el.openPreferences();
    await settle(el);
    measure();
    part(el, 'accept')!.click();
    await settle(el);
    expect(part(el, 'floating')).to.not.equal(null);
    measure();
  });

  for (const layout of ['bar', 'box', 'modal'] as const) {
    it(`fits a 320 px wide screen in the ${layout} layout`, async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe style="width: 320px; height: 568px; border: 0"></iframe>`,
      );
      const win = await frameWithBanner(frame);
      expect(win.innerWidth).to.equal(320);
      const el = win.document.createElement('assent-banner') as AssentBanner;
      el.layout = layout;
      el.privacyUrl = '/privacy';
      // The longest single words of the translations, which cannot break at a space.
      el.texts = { preferencesTitle: 'Integritetsinställningar', title: 'Personverninnstillinger' };
      win.document.body.append(el);
      el.consent = make();
      for (const view of ['banner', 'preferences']) {
        if (view == 'preferences') el.openPreferences();
        await settle(el);
        const box = dialog(el)!.getBoundingClientRect();
        expect(box.left, view).to.be.at.least(0);
        expect(box.right, view).to.be.at.most(320);
        expect(box.height, view).to.be.at.most(568);
        expect(dialog(el)!.scrollWidth, view).to.be.at.most(dialog(el)!.clientWidth);
        // No text runs out of its own box (a long title would run under the close button).
        for (const node of el.shadowRoot!.querySelectorAll('h2, p, li, label')) {
          expect(node.scrollWidth, node.textContent!).to.be.at.most(node.clientWidth);
        }
        for (const node of el.shadowRoot!.querySelectorAll('button, input')) {
          const rect = node.getBoundingClientRect();
          expect(rect.left, node.outerHTML).to.be.at.least(box.left);
          expect(rect.right, node.outerHTML).to.be.at.most(box.right);
          expect(rect.width, node.outerHTML).to.be.at.least(24);
        }
      }
    });
  }

  it('places the box in a corner and the modal in the centre, above the page', async () => {
    const { el } = await setup({}, (banner) => (banner.layout = 'box'));
    const box = dialog(el)!.getBoundingClientRect();
    expect(box.right).to.be.closeTo(innerWidth - 16, 2);
    expect(box.bottom).to.be.closeTo(innerHeight - 16, 2);
    expect(dialog(el)!.matches(':modal')).to.equal(false);
    el.layout = 'modal';
    await settle(el);
    const modal = dialog(el)!.getBoundingClientRect();
    expect(dialog(el)!.matches(':modal')).to.equal(true);
    expect(modal.left + modal.width / 2).to.be.closeTo(innerWidth / 2, 2);
    expect(modal.top + modal.height / 2).to.be.closeTo(innerHeight / 2, 2);
    await expect(el).to.be.accessible();
  });

  it('keeps its edge and tells switches on from off in forced colours (Windows high contrast)', async () => {
    const { el } = await setup();
    el.openPreferences();
    await settle(el);
    let emulated = true;
    try {
      await emulateMedia({ forcedColors: 'active' });
    } catch {
      emulated = false; // WebDriver (WebKit) and BiDi (Firefox) cannot switch it on
    }
    try {
      if (emulated && matchMedia('(forced-colors: active)').matches) {
        const on = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=analytics]')!;
        const off = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=marketing]')!;
        on.click();
        expect(style(dialog(el)!).borderTopStyle).to.equal('solid');
        expect(style(on).backgroundColor).not.to.equal(style(off).backgroundColor);
        expect(getComputedStyle(on, '::before').backgroundColor).not.to.equal(
          getComputedStyle(off, '::before').backgroundColor,
        );
      } else {
        // The dialog's edge is in the banner's sheet, the switches' colours in the preferences' own.
        const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
        const forced = rules
          .filter((rule) => rule instanceof CSSMediaRule && /forced-colors: ?active/.test(rule.conditionText))
          .map((rule) => rule.cssText.toLowerCase())
          .join('\n');
        expect(forced).to.contain('dialog').and.to.contain('highlight').and.to.contain('canvastext');
      }
    } finally {
      if (emulated) await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('turns its animations off under prefers-reduced-motion', async () => {
    const { el } = await setup();
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      expect(style(dialog(el)!).animationName).to.equal('none');
    } else {
      // No engine here lets a test switch the media feature on: check the rule that the browser would apply.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const reduced = rules.find(
        (rule) => rule instanceof CSSMediaRule && /prefers-reduced-motion: ?reduce/.test(rule.conditionText),
      ) as CSSMediaRule;
      const rule = reduced.cssRules[0] as CSSStyleRule;
      // The switch's knob is a ::before, which `*` does not select.
      expect(rule.selectorText).to.equal('*, ::before');
      expect(rule.style.getPropertyValue('animation-name')).to.equal('none');
      expect(rule.style.getPropertyPriority('animation-name')).to.equal('important');
      expect(rule.style.getPropertyValue('transition-property')).to.equal('none');
    }
  });

  it('never moves the page: fixed position and no layout shift', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Shop</h1><p>Products</p></main>`);
    const shifts: number[] = [];
    const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    });
    if (supported) observer.observe({ type: 'layout-shift' });
    const before = [...page.children].map((node) => JSON.stringify(node.getBoundingClientRect()));
    for (const layout of ['bar', 'box', 'modal'] as const) {
      const { el } = await setup({}, (banner) => (banner.layout = layout));
      expect(style(dialog(el)!).position).to.equal('fixed');
      el.openPreferences();
      await settle(el);
      expect(style(dialog(el)!).position).to.equal('fixed');
      expect([...page.children].map((node) => JSON.stringify(node.getBoundingClientRect()))).to.deep.equal(before);
      el.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    // Only Chromium reports layout shifts (there this check must run); elsewhere the boxes above are the check.
    if (navigator.userAgent.includes('Chrome/')) expect(supported, 'layout-shift entries').to.equal(true);
    if (supported) expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
  });
});
