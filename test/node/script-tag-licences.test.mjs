// What @assent/script-tag ships carries the notices of what its bundles contain: each bundle's opening comment
// names Assent's version and every third-party package in it, and dist/LICENSES.txt holds each one's licence.
// Run after npm run build.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { bundledPackages } from '../../scripts/script-tag-package.mjs';

const dist = 'packages/script-tag/dist';
const { version } = JSON.parse(readFileSync('packages/script-tag/package.json', 'utf8'));
const read = (file) => readFileSync(`${dist}/${file}`, 'utf8');
const bundles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));

test('assent.js and assent-banner.js open with a comment naming the version and what they bundle', () => {
  for (const file of ['assent.js', 'assent-banner.js']) {
    assert.match(read(file).slice(0, 300), new RegExp(`/\\*! Assent ${version.replaceAll('.', '\\.')} \\(MIT\\)`));
  }
  assert.deepEqual(bundledPackages(read('assent.js')), ['nanostores']);
  assert.deepEqual(bundledPackages(read('assent-banner.js')), ['lit-html']);
});

test('LICENSES.txt holds the licence of Assent and of every package a bundle names', () => {
  // One section per package, between rules of 78 dashes: each must hold its own licence, not lean on the next one's.
  const sections = read('LICENSES.txt').split(/\n-{78}\n/);
  const sectionOf = (name) => sections.find((section) => section.trimStart().startsWith(`${name}\n\n`));
  const named = new Set(bundles.flatMap((file) => bundledPackages(read(file))));
  for (const name of ['Assent', ...named]) {
    assert.ok(sectionOf(name), `a section for ${name}`);
    assert.match(sectionOf(name), /Permission is hereby granted|Redistribution/, name);
  }
});
