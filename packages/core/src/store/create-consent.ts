import { atom } from 'nanostores';
import type { Consent, ConsentChange, ConsentMethod, ConsentOptions, ConsentState } from '../types.js';
import { resolveOptions } from '../options/options.js';
import { optionError } from '../options/consent-options.js';
import { decisionId, isDecision, type DecisionRecord } from '../record/record.js';
import { decisionTime, outranks } from '../record/outranks.js';
import { cookieStorage } from '../record/storage.js';
import { removeCookies } from '../cleanup/remove-cookies.js';
import { objectionsTo, readSignals } from './signals.js';
import { watchOtherTabs } from './sync.js';
import { serviceCategories } from '../categories/services.js';

/**
 * Creates a consent store: one per cookie name, so two instances on a page never interfere.
 * In development builds a wrong option throws an Error naming it.
 *
 * @example
 * import { createConsent } from '@assent/core';
 *
 * const consent = createConsent({ policyVersion: '2024-05', categories: ['analytics', 'marketing'] });
 * consent.$consent.subscribe((state) => console.log(state.status, state.categories));
 * document.querySelector('#yes')!.addEventListener('click', () => consent.acceptAll());
 */
export function createConsent(input: ConsentOptions): Consent {
  const options = resolveOptions(input);
  const { policyVersion, categories } = options;
  const names = categories.map((c) => c.name);
  const optional = names.slice(1);
  // Services with a switch of their own, and the category of each (per-service consent; none on most sites).
  const categoryOf = serviceCategories(categories);
  const serviceIds = Object.keys(categoryOf);
  const servicesOf = (category: string) => serviceIds.filter((id) => categoryOf[id] == category);
  // A service is objected to as its category is (GPC objects to the ad pixel as to marketing).
  const browserObjectsTo = (name: string) => objects(signals, categoryOf[name] ?? name);
  const signals = readSignals(options);
  const objects = objectionsTo(options.meanings);
  const storage = cookieStorage(options);
  const listeners = new Set<(change: ConsentChange) => void>();
  let previousChoices: Record<string, boolean> | null = null;

  // Without a decision for this policy version: nothing optional in opt-in mode; in opt-out mode everything the
  // browser does not object to and the visitor did not object to under an earlier version (an objection outlives a
  // policy change). A decision under another version otherwise only suggests the next prompt's switches, never
  // one the browser objects to. With a decision: what it granted, except what the browser objects to, unless the
  // visitor switched it on ('custom'). A withdrawal is no decision. A service is granted with its whole category
  // or by itself; a category whose services were chosen one by one is granted while one of them is.
  function stateOf(record: DecisionRecord | null): ConsentState {
    const decision = isDecision(record) ? record : null;
    const decidedUnderThisPolicy = decision?.policyVersion == policyVersion;
    // What the browser's signal recorded by itself under opt-out (a visitor in California) is nobody's consent where
    // opt-in applies (the same visitor in Germany): they are asked.
    const recordedBySignal = decision?.method == 'gpc';
    const countsHere = decidedUnderThisPolicy && (!recordedBySignal || options.mode == 'opt-out');
    const current = countsHere ? decision : null;
    const earlier = decidedUnderThisPolicy ? null : decision;
    const grantedBy = (decision: DecisionRecord | null, name: string): boolean => {
      const one = (id: string) => !!decision?.services?.includes(id);
      const wholeCategory = !!decision?.granted.includes(categoryOf[name] ?? name);
      return wholeCategory || one(name) || servicesOf(name).some(one);
    };

    function granted(name: string): boolean {
      const browserObjects = browserObjectsTo(name);
      if (name == 'necessary') return true;
      if (current) {
        const visitorSwitchedOn = current.method == 'custom';
        return grantedBy(current, name) && (visitorSwitchedOn || !browserObjects);
      }
      const grantedUntilObjection = options.mode == 'opt-out';
      const objectedEarlier = !!earlier && !grantedBy(earlier, name);
      return grantedUntilObjection && !browserObjects && !objectedEarlier;
    }

    previousChoices =
      earlier &&
      Object.fromEntries(
        [...optional, ...serviceIds].map((name) => [name, grantedBy(earlier, name) && !browserObjectsTo(name)]),
      );
    return {
      status: current ? 'decided' : 'pending',
      policyVersion,
      decidedAt: current ? new Date(current.decidedAt).toISOString() : null,
      id: current ? current.id : null,
      method: current ? current.method : null,
      ...signals,
      categories: Object.fromEntries(names.map((name) => [name, granted(name)])),
      services: Object.fromEntries(serviceIds.map((id) => [id, granted(id)])),
    };
  }

  // Every category and service with its boolean: what changed, what was withdrawn.
  const choicesOf = (state: ConsentState): Record<string, boolean> => ({ ...state.categories, ...state.services });

  // The cookies of every service for which `denied(id)` holds, removed in one pass over the page's cookies.
  const removeCookiesOf = (denied: (id: string) => boolean) => {
    const patterns = categories.flatMap(({ name, services }) =>
      services.flatMap(({ id = name, cookies = [] }) => (denied(id) ? cookies : [])),
    );
    if (patterns[0]) removeCookies(patterns);
  };

  // The decision (or withdrawal) this tab holds, which the other tabs' are ranked against.
  let held = storage.read();
  const $consent = atom(stateOf(held));
  // A denied service's cookies may be here already: set by a tag that was still loading when another tab withdrew
  // consent, or before the site had Assent. Every page view of a visitor who decided removes them.
  const initial = $consent.get();
  const initialChoices = choicesOf(initial);
  if (initial.status == 'decided') removeCookiesOf((id) => initialChoices[id] === false);

  function set(record: DecisionRecord | null): void {
    held = record;
    const before = choicesOf($consent.get());
    const state = stateOf(record);
    const after = choicesOf(state);
    const changed = Object.keys(after).filter((name) => before[name] != after[name]);
    $consent.set(state);
    // Withdrawal: a service that goes from granted to denied (by itself or with its category) loses its cookies.
    removeCookiesOf((id) => before[id] && !after[id]);
    for (const listener of listeners) listener({ state, changed });
  }

  // Every decision and reset goes to the cookie first, then to this page, then to the other tabs. The cookie
  // records what holds: a category the browser objects to is granted only by the visitor's own switch. A reset is
  // recorded as a withdrawal. Each is dated after every decision this tab and the cookie know of, so it outranks them.
  // A category with services of its own is granted whole when all of them are, else service by service.
  function decide(choices: Record<string, unknown> | null, method: ConsentMethod = 'api'): void {
    const chosen = (name: string) => choices?.[name] === true && (method == 'custom' || !browserObjectsTo(name));
    const whole = (category: string) => {
      const own = servicesOf(category);
      return own[0] ? own.every(chosen) : chosen(category);
    };
    const granted = optional.filter(whole);
    const record: DecisionRecord = {
      policyVersion,
      decidedAt: decisionTime(held, storage.read()),
      id: decisionId(),
      method: choices ? method : 'withdrawn',
      granted,
      services: serviceIds.filter((id) => chosen(id) && !granted.includes(categoryOf[id]!)),
    };
    storage.write(record);
    set(record);
    sync.notify();
  }

  // update() and saveChoices(): some categories or services changed, the others kept, recorded with the call's
  // own method. A category given sets its services too, unless they are given as well.
  function change(call: string, method: ConsentMethod): Consent['update'] {
    return function (choices) {
      if (process.env.NODE_ENV !== 'production') {
        if (arguments.length > 1)
          throw optionError(
            call,
            arguments[1],
            'called with the choices alone: update() is recorded as the site\'s code ("api"), saveChoices() as the visitor\'s own switches ("custom")',
          );
        const choosable = [...optional, ...serviceIds];
        for (const [name, value] of Object.entries(Object(choices))) {
          if (!choosable.includes(name))
            throw optionError(
              `${call}.${name}`,
              value,
              `one of this site's optional categories or services (${choosable.join(', ')})`,
            );
          if (typeof value != 'boolean') throw optionError(`${call}.${name}`, value, 'true or false');
        }
      }
      const next: Record<string, unknown> = choicesOf($consent.get());
      for (const [name, value] of Object.entries(Object(choices))) for (const id of servicesOf(name)) next[id] = value;
      // Only known optional categories and services set to exactly true are granted (see decide).
      decide({ ...next, ...choices }, method);
    };
  }

  // Another tab decided or reset, or the page came back from the cache: the decision that ranks first (outranks.ts)
  // wins, here and in the cookie. A decision under another policy version comes from a tab of an older or newer
  // page: this page keeps its own until reloaded, rather than withdrawing what the visitor just granted there.
  const sync = watchOtherTabs(options.cookieName, () => {
    const cookie = storage.read();
    const ofThisRelease = (record: DecisionRecord | null) =>
      !isDecision(record) || record.policyVersion == policyVersion;
    if (cookie?.id == held?.id || !ofThisRelease(cookie)) return;
    // A tab that wrote an older decision last (a race), or this tab's own failed write, left the cookie behind
    // what this tab holds: write it back. A cookie deleted outright (the visitor cleared cookies) is followed.
    const cookieBehind = outranks(held, cookie) && ofThisRelease(held) && (!!cookie || !storage.persistent);
    if (!cookieBehind) return set(cookie);
    storage.write(held!);
    // Told only when written: two tabs that cannot write would otherwise wake each other forever.
    if (storage.persistent) sync.notify();
  });

  // Sites that choose opt-out must still honour the browser's signal without asking first (keeping any objection
  // the visitor made under an earlier policy version).
  if (!$consent.get().id && options.mode == 'opt-out' && (signals.gpc || signals.dnt))
    decide(choicesOf($consent.get()), 'gpc');

  return {
    $consent,
    categories,
    get previousChoices() {
      return previousChoices;
    },
    options,
    get: () => $consent.get(),
    allowed: (name) => {
      const { categories, services } = $consent.get();
      return categories[name] === true || services[name] === true;
    },
    acceptAll: () => decide(Object.fromEntries([...optional, ...serviceIds].map((name) => [name, true])), 'accept-all'),
    rejectAll: () => decide({}, 'reject-all'),
    update: change('update', 'api'),
    saveChoices: change('saveChoices', 'custom'),
    reset: () => decide(null),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => sync.stop(),
  };
}
