// The script tag's files ship with source maps for error trackers: each must point a place in the minified file at
// the line of TypeScript it came from. assent.js gets a first line after minifying (V8's compile hint): its map
// must move down with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const require = createRequire(import.meta.url);
const { SourceMapConsumer } = require('source-map-js');
const dist = new URL('../../dist/', import.meta.url);

// A call each file makes, as minified (names of the page's own APIs survive minifying), and the source it is in.
const landmarks = [
  { file: 'assent.js', code: 'Object.getOwnPropertyDescriptor(Document.prototype', source: 'boot/own-script.ts' },
  { file: 'assent-placeholders.js', code: 'new ResizeObserver(', source: 'placeholder/' },
];

for (const { file, code, source } of landmarks) {
  test(`${file}'s source map points into ${source}`, () => {
    const lines = readFileSync(new URL(file, dist), 'utf8').split('\n');
    const line = lines.findIndex((text) => text.includes(code));
    assert.ok(line >= 0, `${code} is in ${file}`);
    const map = new SourceMapConsumer(JSON.parse(readFileSync(new URL(`${file}.map`, dist), 'utf8')));
    const original = map.originalPositionFor({ line: line + 1, column: lines[line].indexOf(code) });
    assert.ok(original.source?.includes(source), `mapped to ${original.source}:${original.line}`);
    const sourceLine = map.sourceContentFor(original.source).split('\n')[original.line - 1];
    assert.match(sourceLine, /getOwnPropertyDescriptor|ResizeObserver/);
  });
}
