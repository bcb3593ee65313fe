// Each seed policy's storefront (../shared/POLICIES.md) over dist/assent.js: the banner describes only the
// purposes the policy declares, in English and in a language loaded beside the banner.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { banner, button, useShop, visitor } from './harness.mjs';

const shop = useShop();

// Each policy's optional categories, as examples/storefront/js/policy.js declares them.
const declared = {
  '000': ['analytics'],
  '001': ['preferences'],
  '002': ['analytics', 'marketing'],
  '003': ['preferences', 'marketing'],
  '004': ['preferences', 'analytics'],
};
const english = {
  preferences: /remember your settings/,
  analytics: /measure visits/,
  marketing: /\bads\b|advertis|marketing/i,
};
const german = {
  preferences: /Einstellungen zu speichern/,
  analytics: /Besuche zu messen/,
  marketing: /Werbung|Marketing/,
};

async function firstLayer(policy) {
  const visit = await visitor(shop.browser, shop.origin);
  await visit.page.goto(`${shop.origin}/?policy=${policy}`);
  await banner(visit.page).waitFor();
  const text = await banner(visit.page).locator('[part~=text]').textContent();
  return { visit, text };
}

describe('the banner names only the purposes each policy declares', () => {
  for (const [policy, categories] of Object.entries(declared)) {
    it(`${policy}: the first layer names ${categories.join(' and ')} and nothing else`, async () => {
      const { visit, text } = await firstLayer(policy);
      for (const [purpose, words] of Object.entries(english)) {
        assert.equal(words.test(text), categories.includes(purpose), `${purpose} in "${text}"`);
      }
      await button(visit.page, 'Customize').click();
      // The preferences are there once their switches have arrived (fetched as the pointer reached Customize).
      await button(visit.page, 'Save choices').waitFor();
      // One switch per category (where services have switches of their own, 003's partners, those come beside).
      const names = await visit.page
        .locator('assent-banner dialog[open] input[part~=switch]')
        .evaluateAll((inputs) =>
          inputs.filter((input) => !input.closest('[part~=service]')).map((input) => input.name),
        );
      assert.deepEqual(names, ['necessary', ...categories]);
      assert.deepEqual(visit.log.errors, []);
      await visit.close();
    });
  }

  it('000 in German: Besuche messen, and no word of advertising', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    // The same shop with <html lang="de">: the script tag loads i18n/de.js beside the banner.
    await visit.page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<html lang="en">', '<html lang="de">');
        await route.fulfill({ response, body });
      },
    );
    await visit.page.goto(`${shop.origin}/?policy=000`);
    await banner(visit.page).waitFor();
    await visit.page.locator('assent-banner dialog[open][lang=de]').waitFor();
    const text = await banner(visit.page).locator('[part~=text]').textContent();
    assert.match(text, german.analytics);
    assert.doesNotMatch(text, german.marketing);
    assert.doesNotMatch(text, german.preferences);
    await visit.close();
  });
});
