/**
 * Writes (or, with `days` below zero, deletes) a first-party cookie: `SameSite=Lax`, `Secure` on https. Names and
 * values are written as they are: Assent's own hold only cookie-safe characters, and a cookie to delete is named
 * exactly as the browser lists it.
 *
 * @example
 * writeCookie('assent', value, { days: 182, domain: 'shop.example' });
 * writeCookie('_ga', '', { days: -1, path: '/shop' });
 */
export function writeCookie(name: string, value: string, { days = -1, path = '/', domain = '' } = {}): void {
  const expires = new Date(Date.now() + days * 864e5).toUTCString();
  const secure = location.protocol == 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${value}; path=${path}; expires=${expires}${domain && `; domain=${domain}`}; SameSite=Lax${secure}`;
}
