import { expect } from '@open-wc/testing';
import { decisionTime, outranks } from './outranks.js';
import { decisionId, type DecisionRecord } from './record.js';

const MINUTE = 60000;
const at = (decidedAt: number, id = decisionId()): DecisionRecord => ({
  policyVersion: '1',
  decidedAt,
  id,
  method: 'custom',
  granted: [],
});

describe('which decision wins', () => {
  it('ranks the later decision first', () => {
    const now = Date.now();
    expect(outranks(at(now), at(now - 1))).to.equal(true);
    expect(outranks(at(now - 1), at(now))).to.equal(false);
  });

  it('settles the same millisecond by the greater id, one way only', () => {
    const now = Date.now();
    const low = at(now, '00000000000000aa');
    const high = at(now, '00000000000000ab');
    expect(outranks(high, low)).to.equal(true);
    expect(outranks(low, high)).to.equal(false);
    expect(outranks(high, { ...high }), 'a decision never outranks itself').to.equal(false);
  });

  it('ranks any decision above none', () => {
    expect(outranks(at(0), null)).to.equal(true);
    expect(outranks(null, at(0))).to.equal(false);
    expect(outranks(null, null)).to.equal(false);
  });

  it('believes a date a few minutes ahead, and ranks one further ahead below every other', () => {
    const now = Date.now();
    expect(outranks(at(now + 4 * MINUTE), at(now)), 'four minutes ahead: ordinary drift').to.equal(true);
    expect(outranks(at(now + 2 * 60 * MINUTE), at(now - 60 * MINUTE)), 'two hours ahead').to.equal(false);
    expect(outranks(at(now - 60 * MINUTE), at(now + 2 * 60 * MINUTE))).to.equal(true);
    // Two disbelieved dates still have an order, so tabs holding them agree.
    expect(outranks(at(now + 3 * 60 * MINUTE), at(now + 2 * 60 * MINUTE))).to.equal(true);
  });

  it('dates a new decision after every believable one it knows of', () => {
    const now = Date.now();
    expect(decisionTime(null)).to.be.within(now, now + 1000);
    expect(decisionTime(at(now + MINUTE), null)).to.equal(now + MINUTE + 1);
    expect(decisionTime(at(now + 2 * 60 * MINUTE))).to.be.within(now, now + 1000);
    const next = at(decisionTime(at(now + MINUTE)));
    expect(outranks(next, at(now + MINUTE))).to.equal(true);
  });
});
