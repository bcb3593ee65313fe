// A site that declares services with switches of their own but never imports '@assent/banner/services'.
import { expect } from '@open-wc/testing';
import { cleanup, part, settle, setup } from '../test/helpers.js';

describe('assent-banner: services with an id, without @assent/banner/services', () => {
  afterEach(cleanup);

  it('says in development what to import, and offers the category as one switch meanwhile', async () => {
    const services = [{ id: 'youtube', name: 'YouTube' }];
    let made: Awaited<ReturnType<typeof setup>> | undefined;
    const warnings: unknown[] = [];
    const { warn } = console;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      made = await setup({ categories: [{ name: 'marketing', services }] });
    } finally {
      console.warn = warn;
    }
    expect(warnings.map(String)).to.deep.equal([
      "assent: this site's services have switches of their own (an id); import '@assent/banner/services' to show them in the preferences",
    ]);
    const { el, consent } = made!;
    el.openPreferences();
    await settle(el);
    expect(el.shadowRoot!.querySelector('input[name="youtube"]')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="marketing"]')!.click();
    part(el, 'save')!.click();
    expect(consent.get().services).to.deep.equal({ youtube: true });
  });
});
