import { expect } from '@open-wc/testing';
import { createConsent, gateElements } from '../index.js';
import type { Consent } from '../types.js';
import { captureConsole, clearAllCookies, uniqueName, until } from '../test/helpers.js';

declare global {
  interface Window {
    gatedRuns?: number;
    gatedOrder?: string[];
    inlineRuns?: number;
    moduleRan?: boolean;
  }
}

let consent: Consent;
let stop: () => void;
let box: HTMLElement;

// Which requests for `path` the page has made so far, as the browser's own resource timing sees them.
const requestsFor = (path: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes(path)).length;
const nextTick = () => new Promise((r) => setTimeout(r, 50));

beforeEach(() => {
  consent = createConsent({ policyVersion: '1', cookieName: uniqueName() });
  box = document.createElement('div');
  document.body.append(box);
  delete window.gatedRuns;
  delete window.gatedOrder;
  delete window.inlineRuns;
  delete window.moduleRan;
});
afterEach(() => {
  stop?.();
  consent.destroy();
  box.remove();
  clearAllCookies();
});

function add(html: string): void {
  // Parsing through a template keeps scripts inert, as the HTML parser does for type="text/plain".
  const template = document.createElement('template');
  template.innerHTML = html;
  box.append(template.content);
}

describe('gateElements', () => {
  it('keeps an analytics script from loading or running until analytics is granted, then runs it once', async () => {
    const src = `/packages/core/src/test/counter.js?${uniqueName()}`;
    add(`<script type="text/plain" data-consent="analytics" src="${src}"></script>`);
    stop = gateElements(consent);
    await nextTick();
    expect(window.gatedRuns).to.equal(undefined);
    expect(requestsFor(src)).to.equal(0);
    consent.rejectAll();
    await nextTick();
    expect(requestsFor(src)).to.equal(0);
    consent.update({ analytics: true });
    expect(await until(() => window.gatedRuns === 1)).to.equal(true);
    expect(requestsFor(src)).to.equal(1);
    // Further changes never run it again.
    consent.update({ marketing: true });
    consent.update({ analytics: false });
    consent.update({ analytics: true });
    await nextTick();
    expect(window.gatedRuns).to.equal(1);
  });

  it('runs inline scripts and keeps their attributes, nonce included', async () => {
    add(
      '<script type="text/plain" data-consent="analytics" nonce="abc123" data-site="shop" id="inline-gated">window.inlineRuns = (window.inlineRuns || 0) + 1;</script>',
    );
    stop = gateElements(consent);
    consent.acceptAll();
    expect(await until(() => window.inlineRuns === 1)).to.equal(true);
    const ran = document.getElementById('inline-gated') as HTMLScriptElement;
    expect(ran.type).to.equal('');
    expect(ran.nonce).to.equal('abc123');
    expect(ran.dataset.site).to.equal('shop');
    expect(ran.hasAttribute('data-consent')).to.equal(false);
  });

  it('needs every category it names', async () => {
    add('<script type="text/plain" data-consent="analytics marketing">window.inlineRuns = 1;</script>');
    stop = gateElements(consent);
    consent.update({ analytics: true });
    await nextTick();
    expect(window.inlineRuns).to.equal(undefined);
    consent.update({ marketing: true });
    expect(await until(() => window.inlineRuns === 1)).to.equal(true);
  });

  it('runs modules as modules (data-type="module")', async () => {
    add(
      '<script type="text/plain" data-type="module" data-consent="analytics">window.moduleRan = !!import.meta.url;</script>',
    );
    stop = gateElements(consent);
    consent.acceptAll();
    expect(await until(() => window.moduleRan === true)).to.equal(true);
  });

  it('runs scripts in document order, an external one finishing before the next', async () => {
    add(`<script type="text/plain" data-consent="analytics" src="/packages/core/src/test/slow.js?${uniqueName()}"></script>
      <script type="text/plain" data-consent="analytics">(window.gatedOrder = window.gatedOrder || []).push('inline');</script>
      <script type="text/plain" data-consent="analytics" src="/packages/core/src/test/counter.js?${uniqueName()}"></script>`);
    stop = gateElements(consent);
    consent.acceptAll();
    expect(await until(() => window.gatedOrder?.length === 3)).to.equal(true);
    expect(window.gatedOrder).to.deep.equal(['slow-external', 'inline', 'external']);
  });

  it('does not run a script waiting behind a loading one once its category is withdrawn; a new grant runs it', async () => {
    add(`<script type="text/plain" data-consent="analytics" src="/packages/core/src/test/slow.js?delay=1500&${uniqueName()}"></script>
      <script type="text/plain" data-consent="marketing">window.inlineRuns = (window.inlineRuns || 0) + 1;</script>`);
    stop = gateElements(consent);
    consent.acceptAll();
    await nextTick();
    expect(window.gatedOrder, 'the first script is still loading').to.equal(undefined);
    consent.update({ marketing: false });
    expect(await until(() => window.gatedOrder?.length === 1)).to.equal(true);
    await nextTick();
    expect(window.inlineRuns).to.equal(undefined);
    consent.update({ marketing: true });
    expect(await until(() => window.inlineRuns === 1)).to.equal(true);
  });

  it('runs nothing more once stopped, not even a script already waiting its turn', async () => {
    add(`<script type="text/plain" data-consent="analytics" src="/packages/core/src/test/slow.js?delay=1500&${uniqueName()}"></script>
      <script type="text/plain" data-consent="analytics">window.inlineRuns = 1;</script>`);
    stop = gateElements(consent);
    consent.acceptAll();
    await nextTick();
    stop();
    expect(await until(() => window.gatedOrder?.length === 1)).to.equal(true);
    await nextTick();
    expect(window.inlineRuns).to.equal(undefined);
  });

  it('runs at once what is already granted', async () => {
    consent.acceptAll();
    add('<script type="text/plain" data-consent="preferences">window.inlineRuns = 1;</script>');
    stop = gateElements(consent);
    expect(await until(() => window.inlineRuns === 1)).to.equal(true);
  });

  it('gates elements added later by other scripts', async () => {
    stop = gateElements(consent);
    add('<script type="text/plain" data-consent="marketing">window.inlineRuns = 1;</script>');
    await nextTick();
    expect(window.inlineRuns).to.equal(undefined);
    consent.update({ marketing: true });
    expect(await until(() => window.inlineRuns === 1)).to.equal(true);
    // Added after the grant: runs straight away.
    add('<script type="text/plain" data-consent="marketing">window.moduleRan = true;</script>');
    expect(await until(() => window.moduleRan === true)).to.equal(true);
  });

  it('gates elements inside a container added later, in document order', async () => {
    consent.acceptAll();
    stop = gateElements(consent);
    add(`<section><div><script type="text/plain" data-consent="analytics">(window.gatedOrder = window.gatedOrder || []).push('first');</script></div>
      <script type="text/plain" data-consent="analytics">(window.gatedOrder = window.gatedOrder || []).push('second');</script></section>`);
    expect(await until(() => window.gatedOrder?.length === 2)).to.equal(true);
    await nextTick();
    expect(window.gatedOrder).to.deep.equal(['first', 'second']);
  });

  it('looks only at what was added, not the whole page, while elements arrive and scripts run', async () => {
    // A long page: the cost of each addition must not grow with it.
    add('<p>product</p>'.repeat(500));
    let wholePageSearches = 0;
    const search = box.querySelectorAll.bind(box);
    box.querySelectorAll = ((selector: string) => {
      wholePageSearches += 1;
      return search(selector);
    }) as typeof box.querySelectorAll;
    consent.acceptAll();
    stop = gateElements(consent, box);
    expect(wholePageSearches, 'one search when gating starts').to.equal(1);
    for (let i = 0; i < 20; i++)
      add(
        '<script type="text/plain" data-consent="analytics">window.inlineRuns = (window.inlineRuns || 0) + 1;</script>',
      );
    expect(await until(() => window.inlineRuns === 20)).to.equal(true);
    await nextTick();
    expect(wholePageSearches, 'none for additions or revived scripts').to.equal(1);
    // A decision is the one time every gated element is looked at again.
    consent.update({ marketing: false });
    expect(wholePageSearches).to.equal(2);
    expect(window.inlineRuns).to.equal(20);
  });

  it('loads an iframe only with consent, and unloads it on withdrawal', async () => {
    const src = `/packages/core/src/test/echo-cookie.html?${uniqueName()}`;
    add(`<iframe data-consent="marketing" data-src="${src}" title="video"></iframe>`);
    stop = gateElements(consent);
    const frame = box.querySelector('iframe')!;
    await nextTick();
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(requestsFor(src)).to.equal(0);
    consent.update({ marketing: true });
    await nextTick();
    expect(frame.getAttribute('src')).to.equal(src);
    expect(await until(() => requestsFor(src) === 1)).to.equal(true);
    consent.update({ marketing: false });
    await nextTick();
    expect(frame.hasAttribute('src')).to.equal(false);
  });

  it('hands each waiting embed to blocked, at the start and again after a withdrawal unloaded it', async () => {
    const src = `/packages/core/src/test/echo-cookie.html?${uniqueName()}`;
    add(`<iframe data-consent="analytics marketing" data-src="${src}" title="video"></iframe>
      <script type="text/plain" data-consent="marketing">window.inlineRuns = 1;</script>`);
    const waiting: { element: HTMLElement; wanted: readonly string[] }[] = [];
    stop = gateElements(consent, document, { blocked: ({ element, wanted }) => waiting.push({ element, wanted }) });
    const frame = box.querySelector('iframe')!;
    expect(waiting).to.deep.equal([{ element: frame, wanted: ['analytics', 'marketing'] }]);
    consent.acceptAll();
    await nextTick();
    expect(waiting, 'not while it is loaded').to.have.length(1);
    consent.update({ marketing: false });
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(waiting.map((entry) => entry.element)).to.deep.equal([frame, frame]);
  });

  it('loads an embed once without recording consent, keeps it loaded through other decisions, then follows its consent', async () => {
    const src = `/packages/core/src/test/echo-cookie.html?${uniqueName()}`;
    add(`<iframe data-consent="marketing" data-src="${src}" title="video"></iframe>
      <iframe data-consent="marketing" data-src="${src}&other" title="other video"></iframe>`);
    const loads: (() => void)[] = [];
    stop = gateElements(consent, document, { blocked: ({ loadOnce }) => loads.push(loadOnce) });
    const [frame, other] = box.querySelectorAll('iframe');
    loads[0]!();
    expect(frame!.getAttribute('src')).to.equal(src);
    expect(await until(() => requestsFor(src) === 1)).to.equal(true);
    expect(other!.hasAttribute('src'), 'only the one clicked').to.equal(false);
    expect(consent.get().status).to.equal('pending');
    expect(document.cookie).not.to.contain(consent.options.cookieName);
    consent.update({ analytics: true });
    consent.rejectAll();
    await nextTick();
    expect(frame!.getAttribute('src'), 'a decision that never granted it leaves it loaded').to.equal(src);
    consent.update({ marketing: true });
    consent.update({ marketing: false });
    expect(frame!.hasAttribute('src'), 'once granted, a withdrawal unloads it').to.equal(false);
  });

  it('logs an error naming the element and the known categories for an unknown category, and never runs it', async () => {
    const errors = await captureConsole('error', async () => {
      add('<script type="text/plain" data-consent="analitics" id="typo">window.inlineRuns = 1;</script>');
      stop = gateElements(consent);
      consent.acceptAll();
      await nextTick();
    });
    expect(window.inlineRuns).to.equal(undefined);
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.equal(
      'assent: <script data-consent="analitics"> names unknown "analitics"; known: preferences,analytics,marketing',
    );
    expect(errors[0]![1]).to.equal(document.getElementById('typo'));
  });

  it('keeps an element with an empty data-consent inert, whatever is granted, and says why', async () => {
    const errors = await captureConsole('error', async () => {
      add('<script type="text/plain" data-consent=" " id="empty">window.inlineRuns = 1;</script>');
      stop = gateElements(consent);
      consent.acceptAll();
      await nextTick();
    });
    expect(window.inlineRuns).to.equal(undefined);
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.equal(
      'assent: <script data-consent=" "> names unknown ""; known: preferences,analytics,marketing',
    );
    expect(errors[0]![1]).to.equal(document.getElementById('empty'));
  });

  it('never gives an iframe a data-src that is not http(s) or relative, such as javascript:', async () => {
    (window as { pwned?: number }).pwned = 0;
    const errors = await captureConsole('error', async () => {
      add(`<iframe data-consent="marketing" data-src="java&#10;script:parent.pwned=1" title="x"></iframe>
        <iframe data-consent="marketing" data-src="data:text/html,<script>parent.pwned=2</script>" title="y"></iframe>`);
      stop = gateElements(consent);
      consent.acceptAll();
      await nextTick();
    });
    const frames = [...box.querySelectorAll('iframe')];
    expect(frames.map((frame) => frame.hasAttribute('src'))).to.deep.equal([false, false]);
    expect((window as { pwned?: number }).pwned).to.equal(0);
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      'assent: <iframe data-consent="marketing"> data-src must be an http(s) or relative URL',
      'assent: <iframe data-consent="marketing"> data-src must be an http(s) or relative URL',
    ]);
    expect(errors.map((args) => args[1])).to.deep.equal(frames);
  });

  it('never runs a script that was not inert to begin with a second time, and says it ran before consent', async () => {
    window.inlineRuns = 0;
    const errors = await captureConsole('error', async () => {
      add('<script data-consent="analytics" id="eager">window.inlineRuns += 1;</script>');
      stop = gateElements(consent);
      consent.acceptAll();
      await nextTick();
    });
    expect(window.inlineRuns).to.equal(0);
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      'assent: <script data-consent="analytics"> needs type="text/plain" to wait for consent',
    ]);
    expect(errors[0]![1]).to.equal(document.getElementById('eager'));
  });

  it('reads type="text/plain" as the browser does: in any case, with spaces around it', async () => {
    add(`<script type="TEXT/PLAIN" data-consent="analytics">window.inlineRuns = (window.inlineRuns || 0) + 1;</script>
      <script type=" text/plain " data-consent="analytics">window.inlineRuns = (window.inlineRuns || 0) + 1;</script>`);
    stop = gateElements(consent);
    await nextTick();
    expect(window.inlineRuns, 'inert before consent').to.equal(undefined);
    consent.acceptAll();
    expect(await until(() => window.inlineRuns === 2)).to.equal(true);
  });

  it('refuses data-consent="necessary": it would gate nothing, so the element stays inert and is named', async () => {
    const errors = await captureConsole('error', async () => {
      add(`<script type="text/plain" data-consent="necessary" id="necessary">window.inlineRuns = 1;</script>
        <script type="text/plain" data-consent="analytics necessary">window.inlineRuns = 2;</script>
        <iframe data-consent="necessary" data-src="/packages/core/src/test/echo-cookie.html" title="x"></iframe>`);
      stop = gateElements(consent);
      await nextTick();
      consent.acceptAll();
      await nextTick();
    });
    expect(window.inlineRuns).to.equal(undefined);
    expect(box.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    expect(errors).to.have.length(3);
    expect(String(errors[0]![0])).to.equal(
      'assent: <script data-consent="necessary"> names "necessary", which gates nothing',
    );
    expect(errors[0]![1]).to.equal(document.getElementById('necessary'));
  });

  it('with a nonce, runs only the gated scripts that carry it and names the others once', async () => {
    const errors = await captureConsole('error', async () => {
      add(`<script type="text/plain" data-consent="analytics" nonce="site-nonce">(window.gatedOrder = window.gatedOrder || []).push('site');</script>
        <script type="text/plain" data-consent="analytics" id="no-nonce">(window.gatedOrder = window.gatedOrder || []).push('no nonce');</script>
        <script type="text/plain" data-consent="analytics" nonce="guess">(window.gatedOrder = window.gatedOrder || []).push('wrong nonce');</script>`);
      stop = gateElements(consent, document, { nonce: 'site-nonce' });
      consent.acceptAll();
      expect(await until(() => window.gatedOrder?.length === 1)).to.equal(true);
      consent.update({ analytics: false });
      consent.update({ analytics: true });
      await nextTick();
    });
    expect(window.gatedOrder).to.deep.equal(['site']);
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      'assent: <script data-consent="analytics"> lacks the page\'s nonce, so it never runs',
      'assent: <script data-consent="analytics"> lacks the page\'s nonce, so it never runs',
    ]);
    expect(errors[0]![1]).to.equal(document.getElementById('no-nonce'));
  });

  it("under a strict CSP ('strict-dynamic'), never runs injected gated scripts: only the site's, with the nonce", async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<{ pending: string[]; granted: string[]; errors: string[] }>((resolve) => {
      addEventListener('message', function listener(event) {
        if (event.source !== frame.contentWindow || !event.data?.strictCsp) return;
        removeEventListener('message', listener);
        resolve(event.data);
      });
    });
    frame.src = '/packages/core/src/test/strict-csp.html';
    box.append(frame);
    const { pending, granted, errors } = await report;
    expect(pending, 'nothing before a decision, "necessary" included').to.deep.equal([]);
    expect(granted).to.deep.equal(['inline site', 'external site']);
    expect(
      errors.map((error) => error.replace(/^assent: <script data-consent="(\w+)"> (\w+ "?\w+).*/, '$1 $2')),
    ).to.deep.equal([
      'necessary names "necessary',
      'analytics lacks the',
      'analytics lacks the',
      'analytics lacks the',
    ]);
  });

  it('names an element that loads before consent (a src but no data-src), and one that never loads (<object>)', async () => {
    const errors = await captureConsole('error', async () => {
      add(`<iframe data-consent="marketing" src="/packages/core/src/test/echo-cookie.html?early" title="x"></iframe>
        <img data-consent="marketing" src="/packages/core/src/test/counter.js?image" alt="">
        <object data-consent="marketing" data-src="/packages/core/src/test/echo-cookie.html"></object>`);
      stop = gateElements(consent);
      consent.acceptAll();
      await nextTick();
    });
    const [frame, image, object] = box.children;
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      'assent: <iframe data-consent="marketing"> loads before consent: use data-src, not src',
      'assent: <img data-consent="marketing"> loads before consent: use data-src, not src',
      'assent: <object data-consent="marketing"> never loads a src: use an <iframe>',
    ]);
    expect(errors.map((args) => args[1])).to.deep.equal([frame, image, object]);
  });

  it('gates elements in a shadow root when given that root', async () => {
    const host = document.createElement('div');
    box.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<iframe data-consent="marketing" data-src="/packages/core/src/test/echo-cookie.html" title="x"></iframe>';
    stop = gateElements(consent, shadow);
    const frame = shadow.querySelector('iframe')!;
    await nextTick();
    expect(frame.hasAttribute('src')).to.equal(false);
    consent.acceptAll();
    await nextTick();
    expect(frame.hasAttribute('src')).to.equal(true);
  });
});
