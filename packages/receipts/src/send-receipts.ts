import { throwOnWrongOption, type Consent } from '@assent/core';
import { RECEIPTS_OPTIONS, SUBJECT } from './options.js';
import { createOutbox, type Waiting } from './outbox.js';
import { receiptOf, resetId } from './receipt-of.js';
import type { ReceiptOptions, ReceiptSender } from './types.js';

// After a failure: 2 s, 4 s, 8 s … at most an hour, on this page or the next ones.
const FIRST_RETRY_MS = 2000;
const LAST_RETRY_MS = 3600e3;
// A receipt being sent is claimed for this long: another tab, or the next page while a keepalive send is still under
// way, leaves it alone. A send that never answers frees it again; a second delivery is stored once, by its id.
const CLAIM_MS = 30e3;

/**
 * Sends each decision (and each reset) to a collector as a receipt, after the decision is applied and without
 * delaying it. A receipt the collector could not keep (network down, 5xx, 429) is kept in the browser (the newest
 * 20) and sent again with backoff, on this page and the next ones; receipts are idempotent by id, so a retry is
 * never counted twice. Nothing is sent before a decision.
 *
 * @example
 * import { createConsent } from '@assent/core';
 * import { sendReceipts } from '@assent/receipts';
 *
 * const consent = createConsent({ policyVersion: '2026-05' });
 * sendReceipts(consent, { endpoint: 'https://consent.shop.example/v1/receipts', subject: customerHash });
 */
export function sendReceipts(consent: Consent, options: ReceiptOptions): ReceiptSender {
  // Checked in every build: a receipt sent to a wrong place, or with an e-mail address, cannot be called back.
  throwOnWrongOption('sendReceipts option', RECEIPTS_OPTIONS, options, options);
  const { endpoint, subject } = options;
  const url = new URL(endpoint, location.href).href;
  const outbox = createOutbox(`${consent.options.cookieName}-receipts`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // This page's sends still under way, so that `flush()` also waits for them.
  const underWay = new Set<Promise<void>>();

  const language = () => {
    const lang = options.language ?? (document.documentElement.lang || navigator.language);
    return lang && RECEIPTS_OPTIONS.language.check(lang) ? lang : 'und';
  };
  const subjectNow = () => {
    const value = typeof subject == 'function' ? subject() : subject;
    return value && SUBJECT.test(value) ? value : undefined;
  };

  // Another tab's decision reaches this one too: the first tab to see a decision makes its receipt.
  function record(decision: string, reset?: { id: string; at: Date }): void {
    if (outbox.seen(decision)) return;
    const receipt = receiptOf(consent, consent.get(), { language: language(), subject: subjectNow() }, reset);
    outbox.add(decision, { receipt, tries: 0, due: 0 });
    // After the other listeners: the decision is applied first, the receipt follows.
    setTimeout(flush);
  }

  function deliver(entry: Waiting): Promise<void> {
    const sent = attempt(entry).finally(() => underWay.delete(sent));
    underWay.add(sent);
    return sent;
  }

  async function attempt(entry: Waiting): Promise<void> {
    // Claimed in the outbox before it leaves (synchronously, so a retry timer and a flush meeting on this page
    // cannot both take it either); the tries count only failures.
    outbox.settle(entry.receipt.id, { ...entry, due: Date.now() + CLAIM_MS });
    let status = 0;
    try {
      const response = await fetch(url, {
        method: 'POST',
        // A plain-text body needs no preflight, and keepalive lets it leave with a page that closes.
        body: JSON.stringify(entry.receipt),
        keepalive: true,
        credentials: 'include',
      });
      status = response.status;
      if (response.ok) return outbox.settle(entry.receipt.id);
      const refused = status >= 400 && status < 500 && status != 408 && status != 429;
      if (refused) {
        // The collector will never take this one: retrying would not help.
        console.warn(`assent: the collector refused receipt ${entry.receipt.id}: ${(await response.json()).error}`);
        return outbox.settle(entry.receipt.id);
      }
    } catch {
      // Unreachable: kept below.
    }
    const wait = Math.min(FIRST_RETRY_MS * 2 ** entry.tries, LAST_RETRY_MS);
    outbox.settle(entry.receipt.id, { ...entry, tries: entry.tries + 1, due: Date.now() + wait });
    clearTimeout(timer);
    timer = setTimeout(flush, wait);
  }

  function flush(): Promise<void> {
    const sends = [...outbox.due(Date.now()).map(deliver), ...underWay];
    return Promise.all(sends).then(() => {});
  }

  let last = consent.get();
  const unsubscribe = consent.onChange(({ state }) => {
    const before = last;
    last = state;
    if (state.id && state.id != before.id) record(state.id);
    else if (!state.id && before.id) record(`reset:${before.id}`, { id: resetId(), at: new Date() });
  });
  // A decision this browser made before receipts were sent (or the GPC decision made as the store started), and
  // the receipts earlier pages could not deliver.
  if (last.id) record(last.id);
  setTimeout(flush);

  return {
    flush,
    stop() {
      unsubscribe();
      clearTimeout(timer);
    },
  };
}
