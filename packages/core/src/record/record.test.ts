import { expect } from '@open-wc/testing';
import { decodeRecord, encodeRecord, decisionId, type DecisionRecord } from './record.js';

const known = ['necessary', 'preferences', 'analytics', 'marketing'];
const record: DecisionRecord = { policyVersion: '2024-05', decidedAt: Date.now(), id: decisionId(), method: 'custom', granted: ['analytics', 'marketing'] };

describe('the consent cookie value', () => {
  it('round-trips a decision and stays well under 200 bytes', () => {
    const value = encodeRecord(record);
    expect(decodeRecord(value, known)).to.deep.equal(record);
    expect(value.length).to.be.below(100);
    const long = encodeRecord({ ...record, policyVersion: 'x'.repeat(32), granted: ['preferences', 'analytics', 'marketing', 'functional', 'personalisation'] });
    expect(long.length).to.be.below(200);
  });

  it('is versioned: another format is no decision', () => {
    const value = encodeRecord(record);
    expect(decodeRecord(`2${value.slice(1)}`, known)).to.equal(null);
  });

  it('reads a truncated value as no decision', () => {
    const value = encodeRecord(record);
    for (let i = 0; i < value.length; i++) expect(decodeRecord(value.slice(0, i), known)).to.equal(null);
  });

  it('reads a hand-edited value as no decision', () => {
    const value = encodeRecord({ ...record, granted: [] });
    // A visitor (or a script) adding categories without fixing the checksum.
    const edited = value.replace(/~~/, '~analytics.marketing~');
    expect(edited).not.to.equal(value);
    expect(decodeRecord(edited, known)).to.equal(null);
  });

  it('never grants a category the site does not know, nor necessary through the cookie', () => {
    const value = encodeRecord({ ...record, granted: ['analytics', 'necessary', 'spying'] });
    expect(decodeRecord(value, known)!.granted).to.deep.equal(['analytics']);
  });

  it('rejects forged values whose checksum was recomputed but whose fields are wrong', () => {
    for (const forged of [{ ...record, id: 'not-an-id' }, { ...record, decidedAt: Date.now() + 10 * 864e5 }, { ...record, decidedAt: 5 }]) {
      expect(decodeRecord(encodeRecord(forged), known), JSON.stringify(forged)).to.equal(null);
    }
  });

  it('never throws and never grants on a thousand random and adversarial values', () => {
    const alphabet = '~.0123456789abcdefghijklmnopqrstuvwxyz-_%"=;,\\ \u0000\u00e9\ud83d';
    const valid = encodeRecord({ ...record, method: 'accept-all', granted: ['preferences', 'analytics', 'marketing'] });
    const values: unknown[] = [undefined, null, '', '~~~~~~', '1~~~~~~', 42, {}, [], 'x'.repeat(100000), '__proto__', 'constructor',
      valid.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), `${valid}~`, valid.toUpperCase(), ` ${valid}`, valid.replace(/~/g, '%7E')];
    let seed = 7;
    const random = () => ((seed = Math.imul(seed, 48271) % 2147483647) & 0x7fffffff) / 2147483647;
    while (values.length < 1000) {
      if (random() < 0.5) {
        // Mutations of a real value: one character changed, dropped or inserted.
        const i = Math.floor(random() * valid.length);
        const c = alphabet[Math.floor(random() * alphabet.length)];
        const op = Math.floor(random() * 3);
        values.push(op === 0 ? valid.slice(0, i) + c + valid.slice(i + 1) : op === 1 ? valid.slice(0, i) + valid.slice(i + 1) : valid.slice(0, i) + c + valid.slice(i));
      } else {
        values.push(Array.from({ length: Math.floor(random() * 80) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
      }
    }
    let decoded = 0;
    // A mutation may by chance give back the valid value itself: that one may decode, and is left out.
    for (const value of values.filter((v) => v !== valid)) {
      const result = decodeRecord(value, known);
      if (result) decoded++;
    }
    // Only an unchanged copy of a valid value may decode; none of these is one.
    expect(decoded).to.equal(0);
  });

  it('makes a fresh 64-bit id for every decision', () => {
    const ids = new Set(Array.from({ length: 200 }, decisionId));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{16}$/);
  });
});
