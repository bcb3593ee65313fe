// How the banner behaves for visitors who zoom in or ask for less motion (Chromium's own emulation of both).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { banner, button, useShop, visitor } from './harness.mjs';

const shop = useShop();

const motion = (page) =>
  page.locator('assent-banner dialog[open]').evaluate((dialog) => {
    const style = getComputedStyle(dialog);
    return { animation: style.animationName, duration: style.animationDuration };
  });

describe('the banner for every visitor', () => {
  it('animates its entrance, but not for visitors who ask for reduced motion', async () => {
    const moving = await visitor(shop.browser, shop.origin);
    await moving.page.goto(shop.origin + '/');
    await banner(moving.page).waitFor();
    assert.notEqual((await motion(moving.page)).animation, 'none');
    await moving.context.close();

    const still = await visitor(shop.browser, shop.origin);
    await still.page.emulateMedia({ reducedMotion: 'reduce' });
    await still.page.goto(shop.origin + '/');
    await banner(still.page).waitFor();
    assert.equal((await motion(still.page)).animation, 'none');
    await still.context.close();
  });

  it('stays usable at 200% zoom: nothing wider than the window, every control reachable', async () => {
    const visit = await visitor(shop.browser, shop.origin);
    // A 1280x720 window at 200% zoom lays pages out in 640x360 CSS pixels.
    await visit.page.setViewportSize({ width: 640, height: 360 });
    await visit.page.goto(shop.origin + '/');
    await banner(visit.page).waitFor();
    await button(visit.page, 'Customize').click();
    await button(visit.page, 'Save choices').waitFor();
    const dialog = banner(visit.page);
    const box = await dialog.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 640, `the preferences fit the width: ${JSON.stringify(box)}`);
    assert.ok(
      box.y >= 0 && box.y + box.height <= 360,
      `the preferences fit the height (and scroll inside): ${JSON.stringify(box)}`,
    );
    // The last switch and the last button lie below the fold of the dialog: they must scroll into view and work.
    const switches = dialog.getByRole('switch');
    const last = switches.nth((await switches.count()) - 1);
    await last.scrollIntoViewIfNeeded();
    await last.check();
    const save = button(visit.page, 'Save choices');
    await save.scrollIntoViewIfNeeded();
    await save.click();
    await banner(visit.page).waitFor({ state: 'detached' });
    const state = await visit.page.evaluate(() => window.assent.get());
    assert.equal(state.status, 'decided');
    assert.equal(state.method, 'custom');
    assert.equal(Object.values(state.categories).filter(Boolean).length, 2, JSON.stringify(state.categories));
    await visit.context.close();
  });
});
