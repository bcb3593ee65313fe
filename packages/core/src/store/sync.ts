import { onServer } from '../env/server.js';

/**
 * Calls `resync` when another tab of the site may have decided (BroadcastChannel), when the page comes
 * back from the back/forward cache (`pageshow`), and when the tab becomes visible again, which also covers
 * subdomains sharing the cookie, which BroadcastChannel (one origin) cannot reach. Returns `notify`,
 * to tell the other tabs, and `stop`.
 *
 * @example
 * const sync = watchOtherTabs('assent', () => reread());
 * sync.notify();
 */
export function watchOtherTabs(name: string, resync: () => void): { notify(): void; stop(): void } {
  let channel: BroadcastChannel | undefined;
  let again: ReturnType<typeof setTimeout> | undefined;
  // On a server there are no tabs; a channel opened there would keep the process running.
  if (onServer()) return { notify() {}, stop() {} };
  try {
    channel = new BroadcastChannel(`assent:${name}`);
    // The message carries nothing: the cookie stays the only source of truth, so a forged message grants nothing.
    // WebKit may still show this document the old cookie when the message arrives: read it again a moment later.
    channel.onmessage = () => {
      resync();
      again = setTimeout(resync, 300);
    };
  } catch {
    // Opaque origins (sandboxed frames) have no channel; visibility and pageshow still resync.
  }
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) resync();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') resync();
  };
  addEventListener('pageshow', onPageShow);
  document.addEventListener('visibilitychange', onVisible);
  return {
    notify: () => channel?.postMessage(1),
    stop() {
      clearTimeout(again);
      channel?.close();
      removeEventListener('pageshow', onPageShow);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
