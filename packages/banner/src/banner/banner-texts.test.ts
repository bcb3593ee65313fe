// The banner's words come from the site's configuration: each seed policy's storefront configuration
// (examples/storefront/js/policy.js, see POLICIES.md) must be described by its own purposes only.
import { expect } from '@open-wc/testing';
import type { ConsentOptions } from '@assent/core';
import { languages } from '../i18n/language.js';
import en from '../i18n/en.js';
import { explain } from './explain.js';
import { cleanup, dialog, part, settle, setup, withGpc } from '../test/helpers.js';

type Policy = { config: { categories: Exclude<ConsentOptions['categories'], undefined> } };
const optional = ['preferences', 'analytics', 'marketing'];
// Words that name a purpose in English, whoever wrote the sentence (the banner's texts or a site's description).
const vocabulary: Record<string, RegExp> = {
  preferences: /remember your settings|preferences/i,
  analytics: /measure|visits|analytics|statistic/i,
  marketing: /\bads?\b|advertis|marketing/i,
};

async function seedPolicies(): Promise<Record<string, Policy>> {
  const script = Object.assign(document.createElement('script'), { src: '/examples/storefront/js/policy.js' });
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  const policies = (window as unknown as { shopPolicies: Record<string, Policy> }).shopPolicies;
  script.remove();
  delete (window as { assentConfig?: unknown }).assentConfig;
  document.cookie = 'shop_policy=; max-age=0; path=/';
  return policies;
}

const namesOf = (policy: Policy) => policy.config.categories.map((c) => (typeof c == 'string' ? c : c.name));

describe('assent-banner: texts derived from the configuration', function () {
  // Five renders with an accessibility check each, and every language file: room for a shared, loaded machine.
  this.timeout(30000);
  let policies: Record<string, Policy>;
  before(async () => {
    policies = await seedPolicies();
  });
  afterEach(cleanup);

  it('has the five seed policies to check', () => {
    expect(Object.keys(policies)).to.deep.equal(['000', '001', '002', '003', '004']);
  });

  for (const id of ['000', '001', '002', '003', '004']) {
    it(`${id}: the first layer and the preferences name only the purposes the policy declares`, async () => {
      const policy = policies[id];
      const declared = namesOf(policy);
      const { el } = await setup({ categories: policy.config.categories });
      const first = part(el, 'text')!.textContent!;
      for (const purpose of optional) {
        const named = vocabulary[purpose].test(first);
        expect(
          named,
          `${id} first layer ${declared.includes(purpose) ? 'names' : 'does not name'} ${purpose}: ${first}`,
        ).to.equal(declared.includes(purpose));
      }
      el.openPreferences();
      await settle(el);
      const switches = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role=switch]')];
      expect(switches.map((s) => s.name)).to.deep.equal(['necessary', ...declared]);
      const categories = [...el.shadowRoot!.querySelectorAll('[part~=category]')].slice(1);
      for (const purpose of optional.filter((name) => !declared.includes(name))) {
        for (const category of categories) {
          expect(category.querySelector('label')!.textContent, `${id} shows no ${purpose} switch`).to.not.match(
            vocabulary[purpose],
          );
        }
      }
      await expect(el).to.be.accessible();
    });
  }

  it('in every language, each policy is explained with its own purposes and no other', async () => {
    for (const code of languages) {
      const { default: texts } = (await import(`../i18n/${code}.ts`)) as { default: Record<string, string> };
      for (const [id, policy] of Object.entries(policies)) {
        const declared = namesOf(policy);
        const text = explain(texts, ['necessary', ...declared]);
        for (const purpose of optional) {
          expect(text.includes(texts[purpose + 'Purpose']), `${code} ${id} ${purpose}: ${text}`).to.equal(
            declared.includes(purpose),
          );
        }
        expect(text, `${code} ${id}`).to.not.contain('{purposes}');
      }
    }
  });

  it('says a purpose text holding "$&" as written', () => {
    const texts = { ...en, analyticsPurpose: 'to count $& visits' };
    expect(explain(texts, ['necessary', 'analytics'])).to.contain('to count $& visits');
  });

  it('joins several purposes with the grammar of the language', async () => {
    expect(explain(en, ['necessary', 'preferences', 'analytics', 'marketing'])).to.contain(
      'to remember your settings, measure visits and show relevant ads.',
    );
    // The language's separators give what the browser's own list grammar gives, where the browser has one (none
    // of the three has Irish list data: Intl.ListFormat says "and" there, the banner "agus").
    const compared = [];
    for (const code of languages) {
      if (!Intl.ListFormat.supportedLocalesOf([code]).length) continue;
      compared.push(code);
      const { default: texts } = (await import(`../i18n/${code}.ts`)) as { default: Record<string, string> };
      const purposes = ['necessary', 'preferences', 'analytics', 'marketing'];
      const said = explain({ ...texts, consentFor: '{purposes}', intro: '', anyTime: '' }, purposes);
      const names = [texts.preferencesPurpose!, texts.analyticsPurpose!, texts.marketingPurpose!];
      const expected = new Intl.ListFormat(code, { type: 'conjunction' }).format(names);
      // English and Maltese also allow a comma before the last "and"; the banner writes the list without it.
      // Czech and Slovak keep a no-break space after "a", which not every browser's list data has.
      const spaced = (text: string) => text.replace(/\u00a0/g, ' ');
      expect(spaced(said), code).to.equal(spaced(expected).replace(/, (and|u) /, ' $1 '));
    }
    expect(compared.length).to.be.greaterThan(20);
    expect(explain(en, ['necessary', 'analytics'])).to.equal(
      'We use cookies the shop needs to work. With your consent we also use cookies to measure visits. You can change your choice at any time.',
    );
  });

  it('says nothing of consent purposes when the site declares no optional category', () => {
    expect(explain(en, ['necessary'])).to.equal(`${en.intro} ${en.anyTime}`);
  });

  it('covers a category of the site by its own purpose text, or by the preferences', async () => {
    const { el } = await setup({ categories: ['personalization', 'analytics'] }, (banner) => {
      banner.texts = { personalizationPurpose: 'suggest products you may like' };
    });
    expect(part(el, 'text')!.textContent).to.contain('to suggest products you may like and measure visits.');
    expect(explain(en, ['necessary', 'chat'])).to.contain(`to ${en.otherPurpose}.`);
  });

  it("takes the site's own explanation as it is", async () => {
    const { el } = await setup({}, (banner) => (banner.texts = { text: 'Our own words.' }));
    const text = part(el, 'text')!.textContent!.trim();
    expect(text).to.match(/^Our own words\.\s+Privacy policy$/);
  });

  it('notes the privacy signal only where there is marketing for it to keep off', async () => {
    await withGpc(async () => {
      const { el } = await setup({ categories: ['analytics'] });
      expect(dialog(el)?.open).to.equal(true);
      expect(part(el, 'note')).to.equal(null);
    });
  });

  it('describes a category the site names otherwise by what it means: "statistics" meaning analytics', async () => {
    const { el } = await setup({ categories: ['statistics'], meanings: { analytics: 'statistics' } });
    expect(part(el, 'text')!.textContent).to.contain(`to ${en.analyticsPurpose}.`);
    el.openPreferences();
    await settle(el);
    const statistics = [...el.shadowRoot!.querySelectorAll('[part~="category"]')][1]!;
    expect(statistics.querySelector('input')!.name).to.equal('statistics');
    expect(statistics.querySelector('label')!.textContent!.trim()).to.equal(en.analytics);
    expect(statistics.querySelector('[part~="description"]')!.textContent).to.equal(en.analyticsText);
  });

  it("keeps the site's own texts for a category's own name before those of its meaning", async () => {
    const { el } = await setup({ categories: ['statistics'], meanings: { analytics: 'statistics' } }, (banner) => {
      banner.texts = { statistics: 'Statistics', statisticsPurpose: 'count visitors' };
    });
    expect(part(el, 'text')!.textContent).to.contain('to count visitors.');
    el.openPreferences();
    await settle(el);
    const label = [...el.shadowRoot!.querySelectorAll('[part~="label"]')][1]!;
    expect(label.textContent!.trim()).to.equal('Statistics');
  });

  it('notes the privacy signal on a site whose marketing category is called otherwise', async () => {
    await withGpc(async () => {
      const { el } = await setup({ categories: ['ads'], meanings: { marketing: 'ads' } });
      expect(part(el, 'note')!.textContent).to.equal(en.gpc);
    });
  });
});
