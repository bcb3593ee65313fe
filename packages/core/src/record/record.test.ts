import { expect } from '@open-wc/testing';
import { decodeRecord, encodeRecord, decisionId, isDecision, type DecisionRecord } from './record.js';
import { adversarialValues } from '../test/helpers.js';

const known = ['necessary', 'preferences', 'analytics', 'marketing'];
const record: DecisionRecord = {
  policyVersion: '2024-05',
  decidedAt: Date.now(),
  id: decisionId(),
  method: 'custom',
  granted: ['analytics', 'marketing'],
};

describe('the consent cookie value', () => {
  it('round-trips a decision and stays well under 200 bytes', () => {
    const value = encodeRecord(record);
    expect(decodeRecord(value, known)).to.deep.equal(record);
    expect(value.length).to.be.below(100);
    const long = encodeRecord({
      ...record,
      policyVersion: 'x'.repeat(32),
      granted: ['preferences', 'analytics', 'marketing', 'functional', 'personalisation'],
    });
    expect(long.length).to.be.below(200);
  });

  it('round-trips a withdrawal, which is no decision', () => {
    const withdrawal: DecisionRecord = { ...record, method: 'withdrawn', granted: [] };
    expect(decodeRecord(encodeRecord(withdrawal), known)).to.deep.equal(withdrawal);
    expect(isDecision(withdrawal)).to.equal(false);
    expect(isDecision(record)).to.equal(true);
    expect(isDecision(null)).to.equal(false);
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
    for (const forged of [
      { ...record, id: 'not-an-id' },
      { ...record, decidedAt: Date.now() + 10 * 864e5 },
      { ...record, decidedAt: 5 },
    ]) {
      expect(decodeRecord(encodeRecord(forged), known), JSON.stringify(forged)).to.equal(null);
    }
  });

  it('never throws and never grants on a thousand random and adversarial values', () => {
    const valid = encodeRecord({ ...record, method: 'accept-all', granted: ['preferences', 'analytics', 'marketing'] });
    const decoded = adversarialValues(valid).filter((value) => decodeRecord(value, known) !== null);
    expect(decoded).to.deep.equal([]);
  });

  it('makes a fresh 64-bit id for every decision', () => {
    const ids = new Set(Array.from({ length: 200 }, decisionId));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{16}$/);
  });
});

describe('the consent cookie value with services chosen one by one', () => {
  it('round-trips them in format 2 and keeps format 1 for whole categories', () => {
    const withServices: DecisionRecord = { ...record, granted: ['analytics'], services: ['youtube'] };
    const value = encodeRecord(withServices);
    expect(value).to.match(/^2~/);
    expect(decodeRecord(value, known, ['youtube', 'pixel'])).to.deep.equal(withServices);
    expect(encodeRecord({ ...record, services: [] })).to.equal(encodeRecord(record));
  });

  it('reads a format 2 value as no decision when damaged, truncated or without a service', () => {
    const value = encodeRecord({ ...record, services: ['youtube'] });
    for (let i = 0; i < value.length; i++) expect(decodeRecord(value.slice(0, i), known, ['youtube'])).to.equal(null);
    expect(decodeRecord(value.replace('~youtube~', '~pixel~'), known, ['youtube', 'pixel'])).to.equal(null);
  });
});
