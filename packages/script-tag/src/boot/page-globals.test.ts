import { expect } from '@open-wc/testing';
import { earlierAssent, pageConfig } from './page-globals.js';

describe('page globals (window.assentConfig, window.assent)', () => {
  let markup: HTMLElement;
  let errors: unknown[][];
  const { error } = console;
  beforeEach(() => {
    markup = document.createElement('div');
    document.body.append(markup);
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = error;
    markup.remove();
    delete window.assentConfig;
    delete window.assent;
  });

  it('reads assentConfig when a script set it to a plain object', () => {
    const config = { policyVersion: '2' };
    window.assentConfig = config;
    expect(pageConfig()).to.equal(config);
    window.assentConfig = Object.assign(Object.create(null), config);
    expect(pageConfig()).to.deep.equal(config);
    delete window.assentConfig;
    expect(pageConfig()).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('ignores an assentConfig made of page markup (anchors a sanitizer lets through), naming it', () => {
    markup.innerHTML = `<a id="assentConfig"></a><a id="assentConfig" name="gaScriptUrl" href="https://evil.example/gtag.js"></a>`;
    // Chromium and WebKit give the collection of both anchors (its gaScriptUrl is the second one's href), Firefox
    // the first anchor: markup either way, never a script's object.
    const clobbered = window.assentConfig;
    expect(clobbered, 'the page really clobbers it').to.be.an.instanceOf(Object);
    expect(pageConfig()).to.equal(undefined);
    markup.innerHTML = `<a id="assentConfig" href="https://evil.example/"></a>`;
    expect(pageConfig()).to.equal(undefined);
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      'assent: window.assentConfig must be a plain object; ignored:',
      'assent: window.assentConfig must be a plain object; ignored:',
    ]);
    expect(errors[0]![1]).to.equal(clobbered);
    expect(errors[1]![1]).to.equal(markup.firstChild);
  });

  it('reads window.assent as queued calls or a running copy, and ignores an element named "assent"', () => {
    const queue = [['acceptAll'] as ['acceptAll']];
    window.assent = queue;
    expect(earlierAssent()).to.equal(queue);
    delete window.assent;
    markup.innerHTML = '<div id="assent"></div>';
    expect(earlierAssent()).to.equal(undefined);
    expect(errors).to.deep.equal([
      ['assent: window.assent must be the array of queued calls; ignored:', markup.firstChild],
    ]);
  });
});
