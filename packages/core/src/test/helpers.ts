// Shared by core's tests: unique cookie names so tests never see each other's decisions, and a clean jar.
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

export const cookieNames = (): string[] => document.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean);

/** Waits until `check` is true, for at most `ms`. */
export async function until(check: () => boolean, ms = 1000): Promise<boolean> {
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
  console[kind] = (...args: unknown[]) => { calls.push(args); };
  try { await run(); } finally { console[kind] = original; }
  return calls;
}
