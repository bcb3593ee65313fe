// In a page of its own: gating started by other tests' script tags (without a nonce) would run these scripts too.
import { expect } from '@open-wc/testing';
import type { AssentApi } from '../api/create-api.js';
import { start as startAssent } from './start.js';

// Without rules by region, start() returns the API at once; with them, a promise of it (awaited in those tests).
const start = (...args: Parameters<typeof startAssent>) => startAssent(...args) as AssentApi;

declare global {
  interface Window {
    gatedBySite?: boolean;
    gatedByMarkup?: boolean;
  }
}

const cookieName = `assent_nonce_${Date.now().toString(36)}`;

function tagWithNonce(attributes: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement('script');
  script.setAttribute('src', new URL('../test/assent.js', import.meta.url).href);
  script.dataset.policyVersion = '1';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.nonce = 'tag-nonce';
  return script;
}

describe('start, when assent.js carries a nonce', () => {
  afterEach(() => {
    document.cookie = `${cookieName}=; path=/; max-age=0`;
  });

  it("runs only the gated scripts that carry the tag's own nonce, and gives it to gtag.js", async () => {
    const template = document.createElement('template');
    template.innerHTML = `<script type="text/plain" data-consent="analytics" nonce="tag-nonce">window.gatedBySite = true;</script>
      <script type="text/plain" data-consent="analytics">window.gatedByMarkup = true;</script>`;
    document.body.append(template.content);
    const errors: string[] = [];
    const { error } = console;
    console.error = (message: unknown) => errors.push(String(message));
    try {
      const api = start(tagWithNonce({ 'data-ga': 'G-NONCE1' }), {
        cookieName,
        gaScriptUrl: new URL('../../../analytics-bridge/src/test/gtag-stand-in.js', import.meta.url).href,
      });
      api.acceptAll();
      for (let i = 0; i < 100 && !window.gatedBySite; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(window.gatedBySite).to.equal(true);
      expect(window.gatedByMarkup).to.equal(undefined);
      expect(errors.filter((message) => message.includes("lacks the page's nonce"))).to.have.length(1);
      const gtagJs = [...document.scripts].find((script) => script.src.includes('gtag-stand-in.js'));
      expect(gtagJs?.nonce).to.equal('tag-nonce');
      api.consent.destroy();
    } finally {
      console.error = error;
    }
  });
});
