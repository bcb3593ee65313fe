import type { Receipt } from './types.js';

/** A receipt waiting to be sent: how often it failed and when it may be tried again. */
export interface Waiting {
  receipt: Receipt;
  tries: number;
  /** Milliseconds since the epoch. */
  due: number;
}

interface Kept {
  waiting: Waiting[];
  /** Keys of the decisions this browser already made receipts for (see `sendReceipts`). */
  seen: string[];
}

// Bounded: a browser that cannot reach the collector for months keeps the newest receipts, not an ever-growing list.
const MAX_WAITING = 20;
const MAX_SEEN = 50;

// localStorage is shared with every script of the site and can be edited by hand: an entry the outbox did not write
// is dropped, so that it never stops the receipts around it. (What `seen` holds is only ever compared.)
const isWaiting = (entry: Partial<Waiting> | null): entry is Waiting =>
  typeof entry?.receipt?.id == 'string' && entry.tries! >= 0 && entry.due! >= 0;

/**
 * The receipts not yet acknowledged, in localStorage so that they survive the page (and are retried on the next
 * one), shared by the site's tabs. Without localStorage (privacy modes, sandboxed frames) they live in memory.
 *
 * @example
 * const outbox = createOutbox('assent-receipts');
 * outbox.add({ receipt, tries: 0, due: Date.now() });
 */
export function createOutbox(key: string) {
  let memory: Kept = { waiting: [], seen: [] };
  function read(): Kept {
    try {
      const kept = JSON.parse(localStorage.getItem(key) ?? 'null');
      if (kept && Array.isArray(kept.waiting) && Array.isArray(kept.seen))
        return { ...kept, waiting: kept.waiting.filter(isWaiting) };
    } catch {
      // Unavailable or damaged: what this page holds is all there is.
    }
    return memory;
  }
  function write(kept: Kept): void {
    memory = { waiting: kept.waiting.slice(-MAX_WAITING), seen: kept.seen.slice(-MAX_SEEN) };
    try {
      localStorage.setItem(key, JSON.stringify(memory));
    } catch {
      // Kept in memory for this page.
    }
  }
  return {
    /** Whether a receipt was already made for this decision, in this tab or another. */
    seen: (decision: string) => read().seen.includes(decision),
    add(decision: string, entry: Waiting): void {
      const kept = read();
      write({ waiting: [...kept.waiting, entry], seen: [...kept.seen, decision] });
    },
    due: (now: number) => read().waiting.filter((entry) => entry.due <= now),
    /** Replaces a receipt's entry (claimed for sending, or failed), or removes it (`next` undefined: acknowledged or refused). */
    settle(id: string, next?: Waiting): void {
      const kept = read();
      // In place: the bound drops the oldest receipts, not the ones that failed or are being sent.
      const waiting = next
        ? kept.waiting.map((entry) => (entry.receipt.id == id ? next : entry))
        : kept.waiting.filter((entry) => entry.receipt.id != id);
      write({ ...kept, waiting });
    },
  };
}
