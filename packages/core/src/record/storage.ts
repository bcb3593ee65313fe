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
export function cookieStorage({
  cookieName: name,
  cookieDomain: domain,
  expiresDays: expires,
  categories,
}: ResolvedOptions): RecordStorage {
  const storage: RecordStorage = {
    persistent: true,
    read() {
      try {
        // A shared cookie can stand beside an older host-only one of the same name (from before the site shared
        // it, or from a subdomain), which the browser lists first: the newest readable decision is the one. Values
        // are read as they are: ours hold only cookie-safe characters, so anything percent-encoded is foreign.
        return document.cookie
          .split('; ')
          .filter((pair) => pair.startsWith(name + '='))
          .map((pair) =>
            decodeRecord(
              pair.slice(name.length + 1),
              categories.map((c) => c.name),
            ),
          )
          .reduce((newest, record) => (record && record.decidedAt > (newest?.decidedAt ?? 0) ? record : newest), null);
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
        Cookies.set(name, value, {
          path: '/',
          sameSite: 'Lax',
          secure: location.protocol == 'https:',
          domain,
          expires: record ? expires : -1,
        });
        if ((Cookies.get(name) ?? '') == value) return;
      } catch {
        /* warned below */
      }
      if (storage.persistent) console.warn('assent: cookies are unavailable; the decision holds for this page only');
      storage.persistent = false;
    },
  };
  return storage;
}
