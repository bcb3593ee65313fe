// Shared by core's tests: unique cookie names so tests never see each other's decisions, and a clean jar.
import type { Consent } from '../types.js';

let counter = 0;

export const uniqueName = (): string => `t${Date.now().toString(36)}${counter++}`;

/** Deletes every cookie of the test site, on the host and on the parent domain. */
export function clearAllCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]!.trim();
    if (!name) continue;
    for (const domain of ['', '; domain=shop.test', `; domain=${location.hostname}`]) {
      for (const path of ['/', location.pathname, '/packages', '/packages/']) {
        document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain}`;
      }
    }
  }
}

export const cookieNames = (): string[] =>
  document.cookie
    .split(';')
    .map((c) => c.split('=')[0]!.trim())
    .filter(Boolean);

/** Waits until `check` is true, for at most `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

/** Records console.warn / console.error calls while `run` runs. */
export async function captureConsole(kind: 'warn' | 'error', run: () => unknown): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run();
  } finally {
    console[kind] = original;
  }
  return calls;
}

/** A thousand cookie values: damaged copies of `valid` and random strings, with a fixed seed so failures repeat. */
export function adversarialValues(valid: string): unknown[] {
  const alphabet = '~.0123456789abcdefghijklmnopqrstuvwxyz-_%"=;,\\ \u0000\u00e9\ud83d';
  const values: unknown[] = [
    undefined,
    null,
    '',
    '~~~~~~',
    '1~~~~~~',
    42,
    {},
    [],
    'x'.repeat(100000),
    '__proto__',
    'constructor',
    valid.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')),
    `${valid}~`,
    valid.toUpperCase(),
    ` ${valid}`,
  ];
  // (The percent-encoded copy is left out: cookie reading decodes it, so it IS the valid value.)
  let seed = 7;
  const random = () => ((seed = Math.imul(seed, 48271) % 2147483647) & 0x7fffffff) / 2147483647;
  const pick = () => alphabet[Math.floor(random() * alphabet.length)];
  while (values.length < 1000) {
    if (random() < 0.5) {
      // One character of a real value changed, dropped or inserted.
      const i = Math.floor(random() * valid.length);
      const op = Math.floor(random() * 3);
      values.push(
        op === 0
          ? valid.slice(0, i) + pick() + valid.slice(i + 1)
          : op === 1
            ? valid.slice(0, i) + valid.slice(i + 1)
            : valid.slice(0, i) + pick() + valid.slice(i),
      );
    } else {
      values.push(Array.from({ length: Math.floor(random() * 80) }, pick).join(''));
    }
  }
  // A mutation may by chance give back the valid value itself: that one may decode, and is left out.
  return values.filter((v) => v !== valid);
}

/** Another open tab of the site: a separate document of the same origin with its own Assent instance. */
export interface OtherTab {
  consent: Consent;
  frame: HTMLIFrameElement;
  /** What the tab's console.warn was called with. */
  warnings: unknown[][];
}

/**
 * Opens another tab of the site (an iframe of the same origin, under /packages/core/src/test/) on `cookieName`.
 * With `latency`, its cookie writes reach the other tabs up to that many ms late, as from another process, with
 * delays drawn from the generator seeded with `seed`.
 */
export async function openOtherTab(cookieName: string, latency?: { ms: number; seed: number }): Promise<OtherTab> {
  const frame = document.createElement('iframe');
  const slow = latency ? `&latency=${latency.ms}&seed=${latency.seed}` : '';
  frame.src = `/packages/core/src/test/other-tab.html?cookie=${cookieName}${slow}`;
  document.body.append(frame);
  const page = () => frame.contentWindow as unknown as { consent?: Consent; warnings: unknown[][] };
  // A loaded machine may take a while to start several frames at once.
  if (!(await until(() => Boolean(page()?.consent), 20000))) throw new Error('the other tab did not start in 20 s');
  return { consent: page().consent!, frame, warnings: page().warnings };
}

/** A small seeded generator (mulberry32) of numbers in [0, 1): a failing randomized test is repeated by its seed. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `run` with the given navigator properties (globalPrivacyControl, doNotTrack), then restores them. */
export function withNavigator(props: Record<string, unknown>, run: () => void): void {
  const saved = Object.keys(props).map((key) => [key, Object.getOwnPropertyDescriptor(navigator, key)] as const);
  for (const [key, value] of Object.entries(props))
    Object.defineProperty(navigator, key, { value, configurable: true });
  try {
    run();
  } finally {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(navigator, key, descriptor);
      else delete (navigator as unknown as Record<string, unknown>)[key];
    }
  }
}
