import Cookies from 'js-cookie';
import type { ResolvedOptions } from '../options/options.js';
import { decodeRecord, encodeRecord, type DecisionRecord } from './record.js';

/** Where decisions are kept: the first-party cookie, or this page only when cookies fail. */
export interface RecordStorage {
  read(): DecisionRecord | null;
  /** Writes the record (or, without one, deletes the cookie). */
  write(record?: DecisionRecord): void;
  /** False once cookies failed: decisions then hold for this page only. */
  persistent: boolean;
}

/**
 * The consent cookie, written with js-cookie: `SameSite=Lax`, `Secure` on https, `path=/`, optional domain.
 *
 * @example
 * const storage = cookieStorage(resolveOptions({ policyVersion: '1' }));
 * storage.read(); // null on a first visit
 */
export function cookieStorage({ cookieName: name, cookieDomain: domain, expiresDays: expires, categories }: ResolvedOptions): RecordStorage {
  const storage: RecordStorage = {
    persistent: true,
    read() {
      try {
        return decodeRecord(Cookies.get(name), categories.map((c) => c.name));
      } catch {
        // document.cookie throws in sandboxed frames: there is no decision to read.
        return null;
      }
    },
    write(record) {
      const value = record ? encodeRecord(record) : '';
      try {
        // A host-only cookie of the same name (from before the site shared it) would shadow the shared one.
        if (domain) Cookies.remove(name);
        Cookies.set(name, value, { path: '/', sameSite: 'Lax', secure: location.protocol == 'https:', domain, expires: record ? expires : -1 });
        if ((Cookies.get(name) ?? '') == value) return;
      } catch { /* warned below */ }
      if (storage.persistent) console.warn('assent: cookies are unavailable; the decision holds for this page only');
      storage.persistent = false;
    },
  };
  return storage;
}
