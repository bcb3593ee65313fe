import type { DecisionRecord } from './record.js';

// A clock set back (or a subdomain's clock running fast) dates decisions ahead of this one: within five minutes
// that is ordinary drift, beyond it the date is not believed.
const believable = (record: DecisionRecord): boolean => record.decidedAt <= Date.now() + 3e5;

// A decision's place in the order, as text that sorts the same way: believable dates first, then the later
// time (base 36, fixed width), then the greater id (16 hex digits).
const rank = (record: DecisionRecord): string =>
  +believable(record) + record.decidedAt.toString(36).padStart(9, '0') + record.id;

/**
 * Which tab's decision wins: whether `a` supersedes `b`. The one order every tab and every cookie read applies,
 * so that all open tabs end on the same decision as the cookie. The later decision wins; one dated more than five
 * minutes ahead of this clock ranks below every other, so a clock corrected later cannot block a withdrawal; at
 * the same millisecond the greater id wins. Any decision outranks none, and none outranks itself.
 *
 * @example
 * outranks(withdrawalJustNow, acceptedTwoHoursAheadOfTheClock) // true
 */
export const outranks = (a: DecisionRecord | null, b: DecisionRecord | null): a is DecisionRecord =>
  !!a && (!b || rank(a) > rank(b));

/**
 * The time to stamp a new decision with: now, or just after the newest believable decision already known, so that
 * a decision made after another always outranks it, even when the clock was set back in between.
 *
 * @example
 * decisionTime(held, storage.read()) // Date.now(), unless a decision is dated ahead of the clock
 */
export const decisionTime = (...known: Array<DecisionRecord | null>): number =>
  Math.max(Date.now(), ...known.map((record) => (record && believable(record) ? record.decidedAt + 1 : 0)));
