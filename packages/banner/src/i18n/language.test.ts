import { expect } from '@open-wc/testing';
import { chooseLanguage, languages, registerLanguage, registeredLanguage } from './language.js';
import en from './en.js';
import noticeEn from './notice-en.js';
import placeholdersEn from './placeholders/en.js';
import { cleanup, dialog, part, settle, setup } from '../test/helpers.js';
import { listOf } from './texts.js';
import ar from './ar.js';
import de from './de.js';
import he from './he.js';

const root = document.documentElement;

function fakeLanguages(list: string[] | undefined): void {
  if (list) Object.defineProperty(navigator, 'languages', { value: list, configurable: true });
  else delete (navigator as unknown as { languages?: readonly string[] }).languages;
}

describe('listOf', () => {
  const texts: Record<string, Record<string, string>> = { en, de, he, ar };
  const list = (code: string, items: string[]) => listOf(texts[code]!, items);

  it("joins with the language's comma and its word for and", () => {
    expect(list('en', [])).to.equal('');
    expect(list('en', ['Analytics'])).to.equal('Analytics');
    expect(list('en', ['Analytics', 'Marketing'])).to.equal('Analytics and Marketing');
    expect(list('de', ['Statistik', 'Marketing', 'YouTube'])).to.equal('Statistik, Marketing und YouTube');
  });

  it('writes Hebrew and Arabic "and" joined to a word of their script, and apart before a Latin name', () => {
    expect(list('he', ['סטטיסטיקה', 'שיווק'])).to.equal('סטטיסטיקה ושיווק');
    expect(list('he', ['Vimeo', 'YouTube'])).to.equal('Vimeo ו-YouTube');
    expect(list('he', ['Vimeo', 'Maps', 'YouTube'])).to.equal('Vimeo, Maps ו-YouTube');
    expect(list('ar', ['الإحصاءات', 'التسويق'])).to.equal('الإحصاءات والتسويق');
    expect(list('ar', ['Vimeo', 'Maps', 'YouTube'])).to.equal('Vimeo و Maps و YouTube');
  });
});

describe('chooseLanguage', () => {
  afterEach(() => {
    root.lang = 'en';
    fakeLanguages(undefined);
  });

  it('takes the option first, matching a region to its language', () => {
    root.lang = 'fr';
    expect(chooseLanguage('de')).to.equal('de');
    expect(chooseLanguage('de-AT')).to.equal('de');
    expect(chooseLanguage('PT_BR'.replace('_', '-'))).to.equal('pt');
  });

  it('then <html lang>, then navigator.languages, then English', () => {
    root.lang = 'nl-BE';
    expect(chooseLanguage()).to.equal('nl');
    expect(chooseLanguage('xx')).to.equal('nl');
    root.lang = '';
    fakeLanguages(['tlh', 'sv-FI', 'de']);
    expect(chooseLanguage()).to.equal('sv');
    fakeLanguages(['tlh', 'x-pirate']);
    expect(chooseLanguage()).to.equal('en');
  });

  it('prefers a registered regional variant over its language', () => {
    registerLanguage('pt-BR', { acceptAll: 'Aceitar todos' });
    expect(chooseLanguage('pt-br')).to.equal('pt-br');
    expect(chooseLanguage('pt-PT')).to.equal('pt');
    expect(registeredLanguage('pt-br')!.acceptAll).to.equal('Aceitar todos');
  });

  it('ships every official EU language, Norwegian, Arabic and Hebrew', () => {
    const eu = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt'];
    expect(languages).to.include.members([...eu, 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'nb', 'ar', 'he']);
  });

  it('keeps each language file small: one language, about 1 kB compressed', async () => {
    for (const code of languages) {
      const { default: texts } = (await import(`./${code}.ts`)) as { default: Record<string, string> };
      const bytes = new Blob([JSON.stringify(texts)]).size;
      // Greek, two bytes a letter, is the largest: 3.4 kB of text, 1.1 kB compressed.
      expect(bytes, code).to.be.below(3500);
    }
  });

  it('ships every listed language with every text', async () => {
    for (const code of languages) {
      const { default: texts } = (await import(`./${code}.ts`)) as { default: Record<string, string> };
      // English's notice texts are built into the banner (notice-en), not into the English every element shares.
      const notice = code == 'en' ? [] : Object.keys(noticeEn);
      expect(Object.keys(texts), code).to.deep.equal([...Object.keys(en), ...notice]);
      for (const [key, text] of Object.entries(texts)) expect(text.trim(), `${code}.${key}`).to.not.equal('');
    }
  });

  it("ships the placeholders' texts of every listed language apart, with that language's banner texts", async () => {
    // English is built into the placeholders, as into the banner.
    for (const code of languages.filter((code) => code != 'en')) {
      const [{ default: texts }, { default: banner }] = (await Promise.all([
        import(`./placeholders/${code}.ts`),
        import(`./${code}.ts`),
      ])) as { default: Record<string, string> }[];
      expect(Object.keys(texts), code).to.deep.equal([
        ...Object.keys(en),
        ...Object.keys(noticeEn),
        ...Object.keys(placeholdersEn),
      ]);
      expect(texts, code).to.include(banner);
      for (const [key, text] of Object.entries(texts)) expect(text.trim(), `${code}.${key}`).to.not.equal('');
    }
  });
});

describe('assent-banner: languages', () => {
  before(async () => {
    // The way a loader does it: fetch the one language module, then register it.
    for (const code of ['de', 'fr']) registerLanguage(code, (await import(`./${code}.ts`)).default);
  });
  afterEach(() => {
    cleanup();
    root.lang = 'en';
    fakeLanguages(undefined);
  });

  it('speaks the language of its lang attribute, and says so to assistive technology', async () => {
    root.lang = 'fr';
    const { el } = await setup({}, (banner) => banner.setAttribute('lang', 'de-AT'));
    expect(part(el, 'title')!.textContent).to.equal('Ihre Privatsphäre, Ihre Wahl');
    expect(part(el, 'reject')!.textContent).to.equal('Alle ablehnen');
    expect(dialog(el)!.lang).to.equal('de');
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await settle(el);
    expect(part(el, 'accept')!.textContent).to.equal('Tout accepter');
  });

  it('follows <html lang> without a lang attribute', async () => {
    root.lang = 'fr-CA';
    const { el } = await setup();
    expect(part(el, 'customize')!.textContent).to.equal('Personnaliser');
    el.openPreferences();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~=category] label')!.textContent).to.equal('Nécessaires');
    await expect(el).to.be.accessible();
  });

  it("follows the browser's languages when the page has no lang", async () => {
    root.lang = '';
    fakeLanguages(['de-CH', 'en']);
    const { el } = await setup();
    expect(part(el, 'accept')!.textContent).to.equal('Alle akzeptieren');
  });

  it('falls back to English for a language that was not registered, with lang="en"', async () => {
    const { el } = await setup({}, (banner) => (banner.lang = 'sv'));
    expect(part(el, 'accept')!.textContent).to.equal('Accept all');
    expect(dialog(el)!.lang).to.equal('en');
  });

  it('takes per-key overrides over the chosen language, and falls back to English for missing keys', async () => {
    registerLanguage('da', { acceptAll: 'Accepter alle' });
    const { el } = await setup({}, (banner) => {
      banner.lang = 'da';
      banner.texts = { title: 'Cookies hos Butikken', marketing: 'Annoncer' };
    });
    expect(part(el, 'title')!.textContent).to.equal('Cookies hos Butikken');
    expect(part(el, 'accept')!.textContent).to.equal('Accepter alle');
    expect(part(el, 'reject')!.textContent).to.equal('Reject all');
    el.openPreferences();
    await settle(el);
    expect([...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).to.include('Annoncer');
    el.texts = {};
    await settle(el);
    expect(part(el, 'title')!.textContent).to.equal(en.preferencesTitle);
  });

  it('labels and describes a category of the site from its texts', async () => {
    const { el } = await setup({ categories: ['personalization'] }, (banner) => {
      banner.texts = { personalization: 'Personalisation', personalizationText: 'Suggestions for you' };
    });
    el.openPreferences();
    await settle(el);
    const text = el.shadowRoot!.querySelectorAll('[part~=category]')[1].textContent!;
    expect(text).to.contain('Personalisation').and.contain('Suggestions for you');
  });
});
