// Makes the banner and placeholder screenshots the README shows (docs/screenshots/*.png) from the built script tag
// on the example storefront, in Chromium: `npm run build && npm run screenshots`. Each shot is one theme a shop might choose.
// The storefront and Chromium are started as the end-to-end tests start them.
import { mkdirSync } from 'node:fs';
import { banner, launch, serve } from '../examples/e2e/harness.mjs';

const out = 'docs/screenshots';
const shots = [
  { file: 'bar-light.png', policy: '002', attributes: 'data-layout="bar"' },
  { file: 'box-dark.png', policy: '000', attributes: 'data-layout="box" data-color-scheme="dark"' },
  {
    file: 'themed.png',
    policy: '003',
    attributes: 'data-layout="box"',
    css: `assent-banner { --assent-accent: #0a6640; --assent-radius: 0; --assent-font: Georgia, serif }
      assent-banner::part(title) { font-style: italic }`,
  },
  { file: 'modal-light.png', policy: '004', attributes: 'data-layout="modal"' },
  { file: 'phone-bar-dark.png', policy: '002', attributes: 'data-color-scheme="dark"', phone: true },
  { file: 'phone-preferences.png', policy: '002', attributes: '', phone: true, preferences: true },
  { file: 'rtl-arabic.png', policy: '002', attributes: 'data-layout="box" data-lang="ar"', lang: 'ar' },
  // Policy 003 lets visitors choose its partners one by one: a switch per service under Marketing.
  { file: 'preferences-services.png', policy: '003', attributes: '', preferences: true, category: 'Marketing' },
  // A product page with the partner video (policy 003): the placeholder over the embed, after the banner was closed.
  { file: 'placeholder-light.png', policy: '003', page: '/product.html', attributes: '', placeholder: true },
  {
    file: 'placeholder-dark-de.png',
    policy: '003',
    page: '/product.html',
    attributes: 'data-color-scheme="dark" data-lang="de"',
    placeholder: true,
  },
];

const shop = await serve({ log: () => {} });
const browser = await launch();
mkdirSync(out, { recursive: true });
try {
  for (const shot of shots) {
    const size = shot.phone ? { width: 375, height: 667 } : { width: 1024, height: 640 };
    const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // The storefront's home page with this shot's script-tag attributes and theme (served without the shop's CSP,
    // which would refuse the inline <style> a shop would put in its own stylesheet).
    const path = shot.page ?? '/';
    await page.route(
      (url) => url.pathname === path,
      async (route) => {
        const response = await route.fetch();
        let body = await response.text();
        body = body.replace('data-layout="bar"', shot.attributes);
        if (shot.lang) body = body.replace('<html lang="en">', `<html lang="${shot.lang}" dir="rtl">`);
        if (shot.css) body = body.replace('</head>', `<style>${shot.css}</style></head>`);
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      },
    );
    await page.goto(`${shop.origin}${path}?sku=aurora&policy=${shot.policy}`);
    await banner(page).waitFor();
    if (shot.placeholder) {
      await page.evaluate(() =>
        document.querySelector('assent-banner').shadowRoot.querySelector('[part~=close]').click(),
      );
      await banner(page).waitFor({ state: 'detached' });
      await page.locator('assent-placeholder [part~=allow]').waitFor();
      await page.locator('#video').scrollIntoViewIfNeeded();
      // The placeholder follows its embed's box after a scroll: the shot waits for the next frames.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.locator('#video').screenshot({ path: `${out}/${shot.file}` });
      console.log(`${out}/${shot.file}`);
      await context.close();
      continue;
    }
    if (shot.preferences) {
      await page.evaluate(() => document.querySelector('assent-banner').openPreferences());
      await page.locator('assent-banner dialog[open][part~=preferences]').waitFor();
    }
    if (shot.category) {
      // The shot shows this category's end: its services' switches above the action buttons.
      await page
        .locator('assent-banner [part~=category]')
        .filter({ hasText: shot.category })
        .locator('li')
        .last()
        .scrollIntoViewIfNeeded();
    }
    // The opening animation ends before the shot.
    await page.evaluate(() =>
      Promise.all(
        document
          .querySelector('assent-banner')
          .shadowRoot.getAnimations()
          .map((a) => a.finished),
      ),
    );
    await page.screenshot({ path: `${out}/${shot.file}` });
    console.log(`${out}/${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await shop.close();
}
