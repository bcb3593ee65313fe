// The Tag Manager template in examples/gtm/: its sections parse, its permissions cover exactly what its code uses,
// and its code, run against stand-ins for Tag Manager's sandboxed APIs, sets the defaults and follows Assent's
// assent_consent_update event as the README says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { consentEvent } from '@assent/analytics-bridge';
import { EEA_COUNTRIES, REGION_DEFAULTS, regionCodes } from '@assent/core';

const text = readFileSync('examples/gtm/assent-consent.tpl', 'utf8');
const sections = Object.fromEntries(
  text
    .split(/^___([A-Z_]+)___$/m)
    .slice(1)
    .reduce((pairs, part, index, parts) => (index % 2 ? pairs : [...pairs, [part, parts[index + 1].trim()]]), []),
);
const info = JSON.parse(sections.INFO);
const parameters = JSON.parse(sections.TEMPLATE_PARAMETERS);
const permissions = JSON.parse(sections.WEB_PERMISSIONS);
const code = sections.SANDBOXED_JS_FOR_WEB_TEMPLATE;
const permission = (id) => permissions.find((entry) => entry.instance.key.publicId === id);

// Which sandboxed APIs need which permission (Tag Manager's documentation of each API).
const NEEDS = {
  setDefaultConsentState: 'access_consent',
  updateConsentState: 'access_consent',
  copyFromDataLayer: 'read_data_layer',
  makeInteger: null,
};

// read_data_layer's key patterns as Tag Manager documents them: "a leading series of dotted references, with a
// trailing wildcard" (developers.google.com/tag-platform/tag-manager/templates/permissions#read_data_layer), as in
// `ecommerce.*`. A wildcard anywhere else (`assent_*`) is not a documented pattern.
const KEY_PATTERN = /^[A-Za-z_$][\w$-]*(\.[\w$-]+)*(\.\*)?$/;
const keyPatterns = () => {
  const params = permission('read_data_layer').instance.param;
  return params.find((param) => param.key === 'keyPatterns').value.listItem.map((item) => item.string);
};
const permits = (pattern, key) =>
  pattern.endsWith('.*') ? key.startsWith(pattern.slice(0, -1)) && key.length > pattern.length - 1 : key === pattern;

/** The data layer as Tag Manager's data model reads it (version 2): a dotted key is a path into pushed objects. */
const readPath = (model, key) =>
  key.split('.').reduce((value, part) => (value == null ? undefined : value[part]), model);

/**
 * Runs the template's code with `data` and stand-ins that record every call; `copyFromDataLayer` throws, as Tag
 * Manager does, for a key its read_data_layer permission does not allow, and records every key read.
 */
function run(data, dataLayer = {}, keysRead = []) {
  const calls = [];
  const apis = {
    setDefaultConsentState: (state) => calls.push(['default', state]),
    updateConsentState: (state) => calls.push(['update', state]),
    copyFromDataLayer: (key) => {
      keysRead.push(key);
      assert.ok(
        keyPatterns().some((pattern) => permits(pattern, key)),
        `read_data_layer does not permit "${key}" (${keyPatterns().join(', ')})`,
      );
      return readPath(dataLayer, key);
    },
    makeInteger: (value) => Math.trunc(Number(value)),
  };
  const require = (name) => {
    assert.ok(name in apis, `the template requires ${name}, which this test does not know`);
    return apis[name];
  };
  new Function('require', 'data', code)(require, { ...data, gtmOnSuccess: () => calls.push(['success']) });
  return calls;
}

const defaults = Object.fromEntries(parameters.filter((p) => 'defaultValue' in p).map((p) => [p.name, p.defaultValue]));

test('the template is a web tag with its parameters and permissions', () => {
  assert.equal(info.type, 'TAG');
  assert.deepEqual(info.containerContexts, ['WEB']);
  assert.deepEqual(
    parameters.map((p) => p.name),
    [
      'mode',
      'waitForUpdate',
      'optInRegions',
      'analyticsCategory',
      'marketingCategory',
      'preferencesCategory',
      'advertising',
    ],
  );
});

test('every API the code requires has its permission, and no permission is asked for beyond them', () => {
  const required = [...code.matchAll(/require\('(\w+)'\)/g)].map((match) => match[1]);
  for (const api of required) {
    assert.ok(api in NEEDS, `unknown API ${api}`);
    if (NEEDS[api]) assert.ok(permission(NEEDS[api]), `${api} needs ${NEEDS[api]}`);
  }
  const asked = permissions.map((entry) => entry.instance.key.publicId).sort();
  const needed = [...new Set(required.map((api) => NEEDS[api]).filter(Boolean))].sort();
  assert.deepEqual(asked, needed);
});

test('access_consent allows writing every consent type the code sets', () => {
  const allowed = permission('access_consent')
    .instance.param[0].value.listItem.filter((item) => item.mapValue[2].boolean)
    .map((item) => item.mapValue[0].string);
  const written = new Set();
  for (const [, state] of [...run({ ...defaults, mode: 'default' }), ...run({ ...defaults, mode: 'update' })].filter(
    ([kind]) => kind !== 'success',
  )) {
    for (const key of Object.keys(state)) if (key !== 'wait_for_update' && key !== 'region') written.add(key);
  }
  assert.deepEqual([...written].sort(), [...allowed].sort());
});

const DENIED_DEFAULTS = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
  wait_for_update: 500,
};

test('defaults: a denied default for the regions that ask first (as the script tag sets), then for everyone', () => {
  const calls = run({ ...defaults, mode: 'default' });
  assert.deepEqual(
    calls.map(([kind]) => kind),
    ['default', 'default', 'success'],
  );
  const [[, scoped], [, everyone]] = calls;
  // The field's default is Assent's REGION_DEFAULTS where opt-in applies: the EEA's countries, GB and CH.
  assert.deepEqual(scoped.region, regionCodes(REGION_DEFAULTS, 'opt-in'));
  assert.deepEqual({ ...scoped, region: undefined }, { ...DENIED_DEFAULTS, region: undefined });
  assert.deepEqual(everyone, DENIED_DEFAULTS);
});

test("defaults: the site's own regions, each code as given; without regions, one default: every storage denied but security, with the wait for update", () => {
  const [[, scoped]] = run({ ...defaults, mode: 'default', optInRegions: ' GB,US-CA , BR' });
  assert.deepEqual(scoped.region, ['GB', 'US-CA', 'BR']);
  const [[, eea]] = run({ ...defaults, mode: 'default', optInRegions: 'EEA' });
  assert.deepEqual(eea.region, EEA_COUNTRIES, "the EEA written out as core's EEA_COUNTRIES");
  assert.deepEqual(run({ ...defaults, mode: 'default', optInRegions: '' }), [
    ['default', DENIED_DEFAULTS],
    ['success'],
  ]);
});

test('the regions field takes region codes and EEA only, as the regions option does', () => {
  const field = parameters.find((p) => p.name === 'optInRegions');
  const pattern = new RegExp(field.valueValidators[0].args[0]);
  for (const good of ['', 'EEA, GB, CH', 'US-CA,US-CO', 'DE'])
    assert.ok(pattern.test(good), `${JSON.stringify(good)} is accepted`);
  for (const bad of ['California', 'gb', 'EEA;GB', 'US-CALIF', 'U'])
    assert.ok(!pattern.test(bad), `${JSON.stringify(bad)} is refused`);
});

/** The assent_consent_update event assent.js pushes (analytics-bridge's consentEvent) for these categories. */
const eventFor = (categories) =>
  consentEvent({
    status: 'decided',
    categories: { necessary: true, ...categories },
    services: {},
    policyVersion: '1',
    decidedAt: '2026-01-01T00:00:00.000Z',
    id: 'abc',
    method: 'custom',
    gpc: false,
    dnt: false,
  });

test('read_data_layer asks for dotted keys with at most a trailing wildcard, as Tag Manager documents', () => {
  const params = permission('read_data_layer').instance.param;
  assert.equal(params.find((param) => param.key === 'allowedKeys').value.string, 'specific');
  assert.ok(keyPatterns().length > 0);
  for (const pattern of keyPatterns()) assert.match(pattern, KEY_PATTERN, `"${pattern}" is not a documented pattern`);
  for (const bad of ['assent_*', '*', 'assent.*.x', 'assent.categories*']) assert.doesNotMatch(bad, KEY_PATTERN);
  assert.ok(permits('ecommerce.*', 'ecommerce.items') && !permits('ecommerce.*', 'ecommerce'));
});

test("every key the code reads is permitted, for Assent's category names and a site's own", () => {
  for (const names of [
    {},
    { analyticsCategory: 'statistics', marketingCategory: 'ads', preferencesCategory: 'comfort_2' },
  ]) {
    const keysRead = [];
    run({ ...defaults, mode: 'update', ...names }, eventFor({}), keysRead);
    const configured = { ...defaults, ...names };
    assert.deepEqual(
      keysRead.sort(),
      [configured.analyticsCategory, configured.marketingCategory, configured.preferencesCategory]
        .map((name) => `assent.categories.${name}`)
        .sort(),
    );
  }
  const keysRead = [];
  run({ ...defaults, mode: 'default' }, {}, keysRead);
  assert.deepEqual(keysRead, [], 'the defaults read nothing');
});

test('follows the event: analytics and preferences as decided, advertising denied unless the tag allows it', () => {
  const event = eventFor({ analytics: true, marketing: true, preferences: false });
  const [[, withoutAdvertising]] = run({ ...defaults, mode: 'update' }, event);
  assert.deepEqual(withoutAdvertising, {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'granted',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
  });
  const [[, withAdvertising]] = run({ ...defaults, mode: 'update', advertising: true }, event);
  assert.equal(withAdvertising.ad_storage, 'granted');
  assert.equal(withAdvertising.ad_personalization, 'granted');
});

test("a site's own category names; a category the event lacks, or anything but true, counts as denied", () => {
  const event = eventFor({ statistics: true, analytics: true, ads: 'yes' });
  const [[, state]] = run(
    { ...defaults, mode: 'update', analyticsCategory: 'statistics', marketingCategory: 'ads', advertising: true },
    event,
  );
  assert.equal(state.analytics_storage, 'granted');
  assert.equal(state.ad_storage, 'denied');
  assert.equal(state.functionality_storage, 'denied', 'no preferences category in the event');
});
