import { expect } from '@open-wc/testing';
import { ownScript } from './own-script.js';

declare global {
  interface Window {
    findOwnScript?: typeof ownScript;
    ownScriptFound?: HTMLScriptElement | null;
  }
}

const fixtures = new URL('../test/', import.meta.url).href;

// Runs a classic script, as assent.js is one, and resolves once it has run.
function runClassic(script: HTMLScriptElement): Promise<void> {
  return new Promise((resolve) => {
    script.onload = () => resolve();
    document.body.append(script);
    if (!script.src) resolve();
  });
}

describe('ownScript (which element assent.js reads its configuration from)', () => {
  let clobber: HTMLImageElement;
  let errors: unknown[][];
  const { error } = console;
  beforeEach(() => {
    window.findOwnScript = ownScript;
    delete window.ownScriptFound;
    // Markup a page may let through: it makes document.currentScript this image.
    clobber = Object.assign(document.createElement('img'), { name: 'currentScript', alt: '' });
    clobber.dataset.mode = 'opt-out';
    clobber.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.body.append(clobber);
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = error;
    clobber.remove();
    for (const script of document.querySelectorAll('script[data-own-script-test]')) script.remove();
  });

  it('finds the running assent.js even when the page names an element "currentScript"', async () => {
    expect(document.currentScript, 'the page really shadows document.currentScript').to.equal(clobber);
    const script = Object.assign(document.createElement('script'), { src: `${fixtures}assent.js?v=2` });
    script.dataset.ownScriptTest = '';
    await runClassic(script);
    expect(window.ownScriptFound).to.equal(script);
    expect(errors).to.deep.equal([]);
  });

  it('reads nothing from a running script of another name, and says the defaults apply', async () => {
    const script = document.createElement('script');
    script.dataset.ownScriptTest = '';
    script.text = 'window.ownScriptFound = window.findOwnScript();';
    await runClassic(script);
    expect(window.ownScriptFound).to.equal(null);
    expect(errors).to.deep.equal([
      ['assent: not loaded as <script src=".../assent.js">; using the defaults, without a banner', script],
    ]);
  });

  it('reads nothing when no script is running (called from a module or a callback)', () => {
    expect(ownScript()).to.equal(null);
    expect(errors).to.deep.equal([
      ['assent: not loaded as <script src=".../assent.js">; using the defaults, without a banner', null],
    ]);
  });
});
