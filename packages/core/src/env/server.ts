/**
 * True where there is no page: a server rendering the app (Next.js, Astro, SvelteKit) or a Node script. There
 * Assent keeps to memory: no cookie, no other tab, no listener that would keep the process running.
 * The script tag's build, which only ever runs in a browser, replaces `typeof document` and drops these branches.
 *
 * @example
 * if (onServer()) return { notify() {}, stop() {} };
 */
export const onServer = (): boolean => typeof document == 'undefined';
