import type { ResolvedOptions } from '../options/options.js';
import { decodeRecord, encodeRecord, type DecisionRecord } from './record.js';
import { outranks } from './outranks.js';
import { writeCookie } from '../cookies/write-cookie.js';
import { serviceCategories } from '../categories/services.js';

/** Where decisions are kept: the first-party cookie, or this page only when cookies fail. */
export interface RecordStorage {
  /** The decision (or withdrawal) that outranks every other cookie of the name, or null. */
  read(): DecisionRecord | null;
  write(record: DecisionRecord): void;
  /** False while the last write failed: the decision then holds for this page only, until a write succeeds. */
  persistent: boolean;
}

/**
 * The consent cookie: `SameSite=Lax`, `Secure` on https, `path=/`, optional domain.
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
  // Every cookie of this name the page sees, raw: one on a deeper path, on the parent domain or from before the
  // site shared it can stand beside ours, and the browser lists them in its own order. Values are read as they
  // are: ours hold only cookie-safe characters, so anything percent-encoded is foreign.
  const known = categories.map((c) => c.name);
  const knownServices = Object.keys(serviceCategories(categories));
  const pairs = () => document.cookie.split('; ').filter((pair) => pair.startsWith(name + '='));
  const storage: RecordStorage = {
    persistent: true,
    read() {
      try {
        return pairs()
          .map((pair) => decodeRecord(pair.slice(name.length + 1), known, knownServices))
          .reduce((winner, record) => (outranks(record, winner) ? record : winner), null);
      } catch {
        // document.cookie throws in sandboxed frames: there is no decision to read.
        return null;
      }
    },
    write(record) {
      const value = encodeRecord(record);
      let written = false;
      try {
        // A host-only cookie of the same name (from before the site shared it) would shadow the shared one.
        if (domain) writeCookie(name, '');
        writeCookie(name, value, { days: expires, domain });
        // Read back exactly what was written, among every cookie of the name, not the first the browser lists.
        written = pairs().includes(`${name}=${value}`);
      } catch {
        /* warned below */
      }
      // Warned once while writes keep failing; the next sync or decision tries again.
      if (!written && storage.persistent)
        console.warn('assent: cookies are unavailable; the decision holds for this page only');
      storage.persistent = written;
    },
  };
  return storage;
}
