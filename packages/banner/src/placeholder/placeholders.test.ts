import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { gateElements } from '@assent/core';
import { registerLanguage } from '../i18n/language.js';
import { cleanup, make } from '../test/helpers.js';
import { placeholders, type PlaceholderOptions } from '../placeholders.js';

let box: HTMLElement;
let stop: (() => void) | undefined;
let run = 0;
const frame = () => `/packages/core/src/test/echo-cookie.html?placeholder-${Date.now()}-${++run}`;
// Which requests for `url` the page has made, as the browser's own resource timing sees them.
const requestsFor = (url: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url)).length;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Gates `markup` in a fresh box with placeholders, and waits until they are laid over their embeds. */
async function gate(markup: string, options: PlaceholderOptions = { privacyUrl: '/privacy' }, consent = make()) {
  box = document.createElement('div');
  box.innerHTML = markup;
  document.body.append(box);
  stop = gateElements(consent, box, { blocked: placeholders(consent, options) });
  await nextFrame();
  return consent;
}
const covers = () => [...box.querySelectorAll('assent-placeholder')] as HTMLElement[];
const inside = (cover: Element, part: string) => cover.shadowRoot!.querySelector<HTMLElement>(`[part~=${part}]`)!;
const sameBox = (a: Element, b: Element) => {
  const [x, y] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  return [x.left - y.left, x.top - y.top, x.width - y.width, x.height - y.height].every((d) => Math.abs(d) < 1);
};

afterEach(() => {
  // Tests that hand the focus to an embed leave it there: the page takes it back before the embed goes.
  (document.activeElement as HTMLElement | null)?.blur();
  stop?.();
  box?.remove();
  cleanup();
  document.documentElement.lang = 'en';
});

describe('placeholders', () => {
  it('lies over a waiting embed at its exact size, says who gets what, and loads nothing', async () => {
    const src = frame();
    await gate(`<p>Our fitting video:</p>
      <iframe data-consent="marketing" data-src="${src}" data-service="VideoHost" title="How to measure" width="480" height="270"></iframe>`);
    const iframe = box.querySelector('iframe')!;
    const [cover] = covers();
    expect(cover!.hidden).to.equal(false);
    expect(getComputedStyle(cover!).visibility, 'seen once placed').to.equal('visible');
    expect(sameBox(cover!, iframe), 'same position and size').to.equal(true);
    expect(inside(cover!, 'title').textContent).to.equal('Content from VideoHost');
    expect(inside(cover!, 'text').textContent).to.equal(
      `Loading it sends your IP address and the address of this page to VideoHost (${location.host}), which may also set cookies.`,
    );
    expect(inside(cover!, 'once').textContent).to.equal('Load this once');
    expect(inside(cover!, 'allow').textContent).to.equal('Always allow Marketing');
    expect(inside(cover!, 'link').getAttribute('href')).to.equal('/privacy');
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(requestsFor(src)).to.equal(0);
    await expect(box).to.be.accessible();
  });

  it('"Load this once" loads that embed alone, records nothing, and hands the focus to it', async () => {
    const [first, second] = [frame(), frame()];
    const consent = await gate(`<iframe data-consent="marketing" data-src="${first}" title="first"></iframe>
      <iframe data-consent="marketing" data-src="${second}" title="second"></iframe>`);
    const [iframe, other] = box.querySelectorAll('iframe');
    inside(covers()[0]!, 'once').click();
    expect(iframe!.getAttribute('src')).to.equal(first);
    await nextFrame();
    expect(covers()).to.have.length(1);
    expect(document.activeElement).to.equal(iframe);
    expect(other!.hasAttribute('src')).to.equal(false);
    expect(requestsFor(second)).to.equal(0);
    expect(consent.get().status).to.equal('pending');
    expect(document.cookie).not.to.contain(consent.options.cookieName);
  });

  it('"Always allow" grants the category as the visitor\'s own choice, loads every embed of it, and comes back on withdrawal', async () => {
    const consent = await gate(`<iframe data-consent="marketing" data-src="${frame()}" title="first"></iframe>
      <iframe data-consent="marketing" data-src="${frame()}" title="second"></iframe>
      <iframe data-consent="analytics" data-src="${frame()}" title="third"></iframe>`);
    inside(covers()[1]!, 'allow').click();
    expect(consent.get()).to.include({ status: 'decided', method: 'custom' });
    expect(consent.get().categories).to.include({ marketing: true, analytics: false, preferences: false });
    await nextFrame();
    const loaded = [...box.querySelectorAll('iframe')].map((iframe) => iframe.hasAttribute('src'));
    expect(loaded).to.deep.equal([true, true, false]);
    expect(covers()).to.have.length(1);
    expect(document.activeElement).to.equal(box.querySelectorAll('iframe')[1]);
    consent.update({ marketing: false });
    await nextFrame();
    expect(covers()).to.have.length(3);
  });

  it('names a service with a switch of its own, and "Always allow" grants that service alone', async () => {
    const categories = [
      {
        name: 'marketing',
        services: [
          { id: 'youtube', name: 'YouTube' },
          { id: 'pixel', name: 'Ad pixel' },
        ],
      },
    ];
    const src = frame();
    const consent = await gate(
      `<iframe data-consent="youtube" data-src="${src}" title="video"></iframe>
      <iframe data-consent="pixel" data-src="${frame()}" title="pixel"></iframe>`,
      undefined,
      make({ categories }),
    );
    const [video] = covers();
    expect(inside(video!, 'title').textContent).to.equal('Content from YouTube');
    expect(inside(video!, 'allow').textContent).to.equal('Always allow YouTube');
    expect(requestsFor(src)).to.equal(0);
    inside(video!, 'allow').click();
    expect(consent.get().services).to.deep.equal({ youtube: true, pixel: false });
    await nextFrame();
    expect([...box.querySelectorAll('iframe')].map((iframe) => iframe.hasAttribute('src'))).to.deep.equal([
      true,
      false,
    ]);
  });

  it('grants a category the browser objects to (GPC), since the visitor asked for it', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const consent = await gate(`<iframe data-consent="marketing" data-src="${frame()}" title="video"></iframe>`);
      inside(covers()[0]!, 'allow').click();
      expect(consent.allowed('marketing')).to.equal(true);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('is used with the keyboard alone: Tab reaches both buttons in order, Enter loads', async () => {
    await gate(`<button id="before">Before</button>
      <iframe data-consent="marketing" data-src="${frame()}" title="video" width="480" height="270"></iframe>`);
    const cover = covers()[0]!;
    const focusedPart = () => cover.shadowRoot!.activeElement?.getAttribute('part');
    box.querySelector<HTMLElement>('#before')!.focus();
    for (let i = 0; i < 3 && focusedPart() != 'button once'; i++) await sendKeys({ press: 'Tab' });
    expect(focusedPart()).to.equal('button once');
    await sendKeys({ press: 'Tab' });
    expect(focusedPart()).to.equal('button allow');
    inside(cover, 'once').focus();
    await sendKeys({ press: 'Enter' });
    expect(box.querySelector('iframe')!.hasAttribute('src')).to.equal(true);
  });

  it('follows its embed: resized with it, hidden with it, gone with it', async () => {
    await gate(
      `<div id="slot"><iframe data-consent="marketing" data-src="${frame()}" title="video" style="width: 100%; aspect-ratio: 16 / 9; display: block"></iframe></div>`,
    );
    const slot = box.querySelector<HTMLElement>('#slot')!;
    const iframe = box.querySelector('iframe')!;
    const wide = covers()[0]!.getBoundingClientRect().width;
    slot.style.width = '300px';
    await nextFrame();
    expect(sameBox(covers()[0]!, iframe)).to.equal(true);
    expect(covers()[0]!.getBoundingClientRect().width).to.be.below(wide);
    slot.hidden = true;
    await nextFrame();
    expect(covers()[0]!.hidden).to.equal(true);
    slot.hidden = false;
    await nextFrame();
    expect(covers()[0]!.hidden).to.equal(false);
    expect(sameBox(covers()[0]!, iframe)).to.equal(true);
    iframe.remove();
    await nextFrame();
    expect(covers()).to.have.length(0);
  });

  it('waits unseen beside an embed that has no box yet, and lies over it once it shows', async () => {
    await gate(
      `<iframe data-consent="marketing" data-src="${frame()}" title="video" width="320" height="180" style="display: none"></iframe>`,
    );
    const iframe = box.querySelector('iframe')!;
    expect(covers()[0]!.hidden).to.equal(true);
    iframe.style.display = '';
    await nextFrame();
    expect(covers()[0]!.hidden).to.equal(false);
    expect(getComputedStyle(covers()[0]!).visibility).to.equal('visible');
    expect(sameBox(covers()[0]!, iframe)).to.equal(true);
  });

  it('lies over its embed on a right-to-left page too, where the cover is held by its right edge', async () => {
    await gate(
      `<div dir="rtl"><span>فيديو</span><iframe data-consent="marketing" data-src="${frame()}" title="video" width="300" height="200"></iframe></div>`,
    );
    const iframe = box.querySelector('iframe')!;
    expect(sameBox(covers()[0]!, iframe)).to.equal(true);
    iframe.width = '240';
    await nextFrame();
    expect(sameBox(covers()[0]!, iframe), 'after the embed alone was resized').to.equal(true);
  });

  it('keeps the page still: nothing moves when the placeholder comes, nor when the embed replaces it', async () => {
    const shifts: number[] = [];
    const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    });
    if (supported) observer.observe({ type: 'layout-shift' });
    await gate(
      `<iframe data-consent="marketing" data-src="${frame()}" title="video" width="400" height="225"></iframe><p id="after">After</p>`,
    );
    const after = box.querySelector('#after')!;
    const before = after.getBoundingClientRect().top;
    inside(covers()[0]!, 'once').click();
    await nextFrame();
    expect(after.getBoundingClientRect().top).to.equal(before);
    observer.disconnect();
    expect(shifts).to.deep.equal([]);
  });

  it('shows texts as text and links only http(s) or relative; a preview only from this site', async () => {
    const errors: unknown[][] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await gate(`<iframe data-consent="marketing" data-src="${frame()}" title="one"
          data-service="<img src=x onerror=&quot;window.pwned=1&quot;>" data-privacy-url="javascript:alert(1)"
          data-preview="https://tracker.example/pixel.gif"></iframe>
        <iframe data-consent="marketing" data-src="${frame()}" title="two" data-privacy-url="https://video.example/privacy"
          data-preview="/packages/banner/src/test/preview.svg"></iframe>`);
    } finally {
      console.error = error;
    }
    const [one, two] = covers();
    expect(inside(one!, 'title').textContent).to.equal('Content from <img src=x onerror="window.pwned=1">');
    expect(one!.shadowRoot!.querySelector('img')).to.equal(null);
    expect(inside(one!, 'link').getAttribute('href'), "the site's policy instead").to.equal('/privacy');
    expect(inside(two!, 'link').getAttribute('href')).to.equal('https://video.example/privacy');
    expect(inside(two!, 'preview').getAttribute('src')).to.equal('/packages/banner/src/test/preview.svg');
    expect(inside(two!, 'preview').getAttribute('alt')).to.equal('');
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      'assent: <iframe data-consent="marketing"> data-privacy-url must be an http(s) or relative URL',
      'assent: <iframe data-consent="marketing"> data-preview must be an image on this site\'s own address',
    ]);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(requestsFor('pixel.gif')).to.equal(0);
    await expect(box).to.be.accessible();
  });

  it('shows a name holding "$&" or "$\'" as written: texts are filled in, never patterns', async () => {
    const name = "Pay $& Go $' $` $$";
    await gate(
      `<iframe data-consent="marketing" data-src="${frame()}" title="video" data-service="${name.replace('&', '&amp;')}"></iframe>`,
      { texts: { marketing: 'Ads $&' } },
    );
    const cover = covers()[0]!;
    expect(inside(cover, 'title').textContent).to.equal(`Content from ${name}`);
    expect(inside(cover, 'text').textContent).to.contain(`to ${name} (`);
    expect(inside(cover, 'allow').textContent).to.equal('Always allow Ads $&');
  });

  it("speaks the page's language, right to left in Arabic, and names every category it waits for", async () => {
    // The placeholders' language file carries the banner's texts of the same language.
    const { default: ar } = await import('../i18n/placeholders/ar.js');
    registerLanguage('ar', ar);
    document.documentElement.lang = 'ar';
    await gate(
      `<iframe data-consent="analytics marketing" data-src="${frame()}" title="video" data-service="Video Co"></iframe>`,
      {},
    );
    const cover = covers()[0]!;
    const panel = inside(cover, 'panel');
    expect(panel.lang).to.equal('ar');
    expect(panel.dir).to.equal('rtl');
    // The Latin name and its host keep their order and brackets inside the Arabic sentence.
    const names = [...panel.querySelectorAll('bdi')];
    expect(names.map((name) => name.textContent)).to.deep.equal(['Video Co', `Video Co (${location.host})`]);
    expect(getComputedStyle(names[0]!).unicodeBidi).to.equal('isolate');
    expect(inside(cover, 'once').textContent).to.equal(ar.loadOnce);
    expect(inside(cover, 'allow').textContent).to.contain(ar.analytics).and.contain(ar.marketing);
    expect(cover.shadowRoot!.querySelector('[part~=link]'), 'no privacy policy given').to.equal(null);
    await expect(box).to.be.accessible();
  });

  it("takes the banner's look: its custom properties, its colour scheme, a constructed stylesheet", async () => {
    document.documentElement.style.setProperty('--assent-accent', 'rgb(10, 102, 64)');
    try {
      await gate(`<iframe data-consent="marketing" data-src="${frame()}" title="video"></iframe>`, {
        colorScheme: 'dark',
      });
      const cover = covers()[0]!;
      expect(getComputedStyle(inside(cover, 'once')).backgroundColor).to.equal('rgb(10, 102, 64)');
      expect(cover.getAttribute('color-scheme')).to.equal('dark');
      expect(getComputedStyle(cover).colorScheme).to.equal('dark');
      expect(cover.shadowRoot!.querySelector('style')).to.equal(null);
      expect(cover.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    } finally {
      document.documentElement.style.removeProperty('--assent-accent');
    }
  });
});
