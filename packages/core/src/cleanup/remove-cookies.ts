import { onServer } from '../env/server.js';
import { writeCookie } from '../cookies/write-cookie.js';

/**
 * Deletes every cookie whose name matches one of the patterns, on this host and on each parent domain,
 * for every path it could have been set on. Returns the names that were removed.
 *
 * @example
 * removeCookies(['_gid', /^_ga/, /^_gat/]) // ['_ga', '_ga_ABC123', '_gid']
 */
export function removeCookies(patterns: ReadonlyArray<string | RegExp>): string[] {
  // A server has no cookies of the visitor's to delete.
  if (onServer()) return [];
  const { hostname, pathname } = location;
  let names: string[] = [];
  try {
    // Named exactly as the browser lists them, each once (a name may stand on several paths and domains).
    names = [...new Set(document.cookie.split('; ').map((pair) => pair.split('=')[0]!))].filter(
      (name) => name && patterns.some((p) => (typeof p == 'string' ? p == name : name.search(p) >= 0)),
    );
  } catch {
    /* no cookies here */
  }
  // The host itself (host-only cookies, no domain) and each parent up to the top-level label: the browser
  // ignores a deletion on a public suffix (co.uk), so trying it costs nothing and needs no public-suffix list.
  const labels = /^[\d.]+$|:/.test(hostname) ? [] : hostname.split('.');
  const domains = ['', ...labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'))];
  // A cookie set on /shop/cart is only deleted with that exact path: try each ancestor, with and without "/".
  const paths = pathname.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  for (const name of names) {
    for (const domain of domains) {
      for (const path of paths) {
        for (const p of [path || '/', `${path}/`]) writeCookie(name, '', { domain, path: p });
      }
    }
  }
  return names;
}
