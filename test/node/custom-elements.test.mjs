// The banner's custom-elements manifest (package.json "customElements") describes the element a user gets: run
// after npm run build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const banner = 'packages/banner';
const manifest = JSON.parse(readFileSync(`${banner}/dist/custom-elements.json`, 'utf8'));
const pkg = JSON.parse(readFileSync(`${banner}/package.json`, 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const element = declarations.find((declaration) => declaration.tagName === 'assent-banner');

test('package.json names the manifest, and every module it lists is a file the package ships', () => {
  assert.ok(existsSync(`${banner}/${pkg.customElements}`), pkg.customElements);
  for (const module of manifest.modules) assert.ok(existsSync(`${banner}/${module.path}`), module.path);
});

test('<assent-banner> is described with its attributes, public members and events, and nothing private', async () => {
  assert.ok(element?.customElement, 'a custom element declaration for assent-banner');
  const { AssentBanner } = await import(`../../${banner}/dist/banner/banner.component.js`);
  assert.deepEqual(
    element.attributes.map((attribute) => attribute.name),
    AssentBanner.observedAttributes,
  );
  const members = element.members.map((member) => member.name);
  for (const name of ['consent', 'texts', 'privacyUrl', 'layout', 'openPreferences'])
    assert.ok(members.includes(name), name);
  assert.deepEqual(
    members.filter((name) => name.startsWith('_')),
    [],
  );
  assert.deepEqual(element.events.map((event) => event.name).sort(), ['assent-change', 'assent-hide', 'assent-show']);
});

test('the manifest says which module registers the tag', () => {
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((link) => link.kind === 'custom-element-definition').map(() => module.path),
  );
  assert.deepEqual(definitions, ['dist/define.js']);
});
