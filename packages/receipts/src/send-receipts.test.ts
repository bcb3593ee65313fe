import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createConsent, ruleInForce, type Consent } from '@assent/core';
import { sendReceipts } from './index.js';
import type { ReceiptSender } from './types.js';

// Every test talks to a real collector (see src/test/collector-plugin.mjs), on PostgreSQL where it is installed.
let counter = 0;
const unique = () => `r${Date.now().toString(36)}${counter++}`;
const until = async (check: () => Promise<boolean> | boolean, ms = 8000) => {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
};

describe('sendReceipts', function () {
  this.timeout(120000);
  let collector: { url: string; database: 'postgres' | 'pglite' };
  let endpoint = '';
  const opened: Array<{ consent: Consent; sender?: ReceiptSender }> = [];
  const open = (options: { subject?: string } = {}) => {
    const cookieName = unique();
    const consent = createConsent({ policyVersion: '2026-05', cookieName });
    const sender = sendReceipts(consent, { endpoint, ...options });
    opened.push({ consent, sender });
    return { consent, sender, cookieName };
  };
  const stored = async (id: string, at = collector.url) => {
    const response = await fetch(`${at}/v1/receipts/${id}`);
    return response.status == 200 ? response.json() : null;
  };

  before(async () => {
    // The collector starts on the first call; it answers { starting: true } until it listens.
    await until(async () => !!(collector = await executeServerCommand('collector')).url, 110000);
    endpoint = `${collector.url}/v1/receipts`;
  });
  afterEach(() => {
    for (const { consent, sender } of opened.splice(0)) {
      sender?.stop();
      consent.destroy();
      document.cookie = `${consent.options.cookieName}=; max-age=0; path=/`;
      localStorage.removeItem(`${consent.options.cookieName}-receipts`);
    }
  });

  it('sends nothing before a decision, then one receipt that the collector keeps', async () => {
    const { consent } = open();
    await new Promise((r) => setTimeout(r, 300));
    const toCollector = () => performance.getEntriesByType('resource').filter((entry) => entry.name == endpoint);
    const before = toCollector().length;
    consent.saveChoices({ analytics: true });
    const id = consent.get().id!;
    expect(await until(async () => !!(await stored(id)))).to.equal(true);
    const receipt = await stored(id);
    expect(receipt.method).to.equal('custom');
    expect(receipt.granted).to.deep.equal(['analytics']);
    expect(receipt.denied).to.deep.equal(['preferences', 'marketing']);
    expect(receipt.decidedAt).to.equal(consent.get().decidedAt);
    expect(receipt.policyVersion).to.equal('2026-05');
    expect(receipt.origin).to.equal(location.origin);
    // The test page's address has a query string: only the path is sent.
    expect(location.search).to.not.equal('');
    expect(receipt.path).to.equal(location.pathname);
    expect(receipt.language).to.equal('en');
    expect([receipt.gpc, receipt.dnt]).to.deep.equal([false, false]);
    expect(receipt.mode).to.equal('opt-in');
    expect([receipt.region, receipt.regionRule]).to.deep.equal([null, null], 'no rules by region, no region');
    expect(before).to.equal(0);
    // A send still unanswered when its retry is due (a slow collector) may go out again; the collector keeps the
    // receipt once, by its id.
    await until(() => toCollector().length >= 1);
    expect(toCollector().length).to.be.at.least(1);
  });

  it('lists the services chosen one by one, granted and denied, which the collector keeps', async () => {
    const cookieName = unique();
    const categories = [
      'analytics',
      {
        name: 'marketing',
        services: [
          { id: 'youtube', name: 'YouTube' },
          { id: 'pixel', name: 'Ad pixel' },
        ],
      },
    ];
    const consent = createConsent({ policyVersion: '2026-05', cookieName, categories });
    opened.push({ consent, sender: sendReceipts(consent, { endpoint }) });
    consent.saveChoices({ youtube: true });
    const id = consent.get().id!;
    expect(await until(async () => !!(await stored(id)))).to.equal(true);
    const receipt = await stored(id);
    expect([receipt.granted, receipt.denied]).to.deep.equal([['marketing'], ['analytics']]);
    expect(receipt.services).to.deep.equal({ granted: ['youtube'], denied: ['pixel'] });
  });

  it("names the rule by region in force: the mode, the visitor's region and the entry that chose it", async () => {
    const rule = ruleInForce({ regions: true, region: 'us-ca', mode: 'opt-in' });
    const consent = createConsent({ policyVersion: '2026-05', cookieName: unique(), rule });
    opened.push({ consent, sender: sendReceipts(consent, { endpoint }) });
    consent.rejectAll();
    const id = consent.get().id!;
    expect(await until(async () => !!(await stored(id)))).to.equal(true);
    const receipt = await stored(id);
    expect([receipt.mode, receipt.region, receipt.regionRule]).to.deep.equal(['opt-out', 'US-CA', 'US-CA']);

    const german = ruleInForce({ regions: { EEA: 'opt-in' }, region: 'DE', mode: 'opt-out' });
    const inGermany = createConsent({ policyVersion: '2026-05', cookieName: unique(), rule: german });
    opened.push({ consent: inGermany, sender: sendReceipts(inGermany, { endpoint }) });
    inGermany.acceptAll();
    const germanId = inGermany.get().id!;
    expect(await until(async () => !!(await stored(germanId)))).to.equal(true);
    const decidedInGermany = await stored(germanId);
    expect([decidedInGermany.mode, decidedInGermany.region, decidedInGermany.regionRule]).to.deep.equal([
      'opt-in',
      'DE',
      'EEA',
    ]);
  });

  it('sends a receipt for every decision, withdrawal and reset, with the customer id the site gives', async () => {
    const subject = unique();
    const { consent } = open({ subject });
    consent.acceptAll();
    consent.saveChoices({ marketing: false });
    consent.reset();
    const history = async () =>
      (await executeServerCommand('collector-history', { subject })) as Array<{ method: string; granted: string[] }>;
    expect(await until(async () => (await history()).length == 3)).to.equal(true);
    const methods = (await history()).map((r) => r.method).sort();
    expect(methods).to.deep.equal(['accept-all', 'custom', 'reset']);
    const reset = (await history()).find((r) => r.method == 'reset')!;
    expect(reset.granted).to.deep.equal([]);
  });

  it('makes one receipt for a decision that every open tab sees', async () => {
    const subject = unique();
    const cookieName = unique();
    const one = createConsent({ policyVersion: '2026-05', cookieName });
    const other = createConsent({ policyVersion: '2026-05', cookieName });
    opened.push({ consent: one, sender: sendReceipts(one, { endpoint, subject }) });
    opened.push({ consent: other, sender: sendReceipts(other, { endpoint, subject, language: 'de' }) });
    one.rejectAll();
    expect(await until(() => other.get().id == one.get().id)).to.equal(true);
    const history = async () => (await executeServerCommand('collector-history', { subject })) as unknown[];
    expect(await until(async () => (await history()).length == 1)).to.equal(true);
    await new Promise((r) => setTimeout(r, 500));
    expect((await history()).length).to.equal(1);
  });

  it('leaves a receipt being sent to that send: the next page view started meanwhile does not send it again', async () => {
    const { consent, cookieName } = open();
    const toCollector = () => performance.getEntriesByType('resource').filter((entry) => entry.name == endpoint);
    const before = toCollector().length;
    consent.rejectAll();
    const id = consent.get().id!;
    // The first page's send has left (its timer ran) but the collector has not answered yet.
    await new Promise((r) => setTimeout(r));
    const nextPage = createConsent({ policyVersion: '2026-05', cookieName });
    const nextSender = sendReceipts(nextPage, { endpoint });
    opened.push({ consent: nextPage, sender: nextSender });
    await nextSender.flush();
    await opened[0].sender!.flush();
    expect(await until(async () => !!(await stored(id)))).to.equal(true);
    await until(() => toCollector().length > before);
    await new Promise((r) => setTimeout(r, 300));
    expect(toCollector().length - before).to.equal(1);
    expect(JSON.parse(localStorage.getItem(`${cookieName}-receipts`)!).waiting).to.deep.equal([]);
  });

  it('keeps the receipt while the database is down (503) and sends it on a later page view', async function () {
    if (collector.database != 'postgres') this.skip(); // PGlite lives inside the collector: it cannot be stopped alone
    // A collector and database of this test's own: the other browsers' tests keep theirs running meanwhile.
    const own = unique();
    let outage: { url?: string } = {};
    await until(async () => !!(outage = await executeServerCommand('collector', { own })).url, 110000);
    const outageEndpoint = `${outage.url}/v1/receipts`;
    await executeServerCommand('collector-database', { own, up: false });
    const consent = createConsent({ policyVersion: '2026-05', cookieName: unique() });
    const key = `${consent.options.cookieName}-receipts`;
    let id = '';
    try {
      const sender = sendReceipts(consent, { endpoint: outageEndpoint });
      opened.push({ consent, sender });
      consent.rejectAll();
      id = consent.get().id!;
      await sender.flush();
      const kept = JSON.parse(localStorage.getItem(key)!);
      expect(kept.waiting.map((w: { receipt: { id: string } }) => w.receipt.id)).to.deep.equal([id]);
      expect(kept.waiting[0].tries).to.be.greaterThan(0);
      expect((await fetch(`${outage.url}/v1/receipts/${id}`)).status).to.equal(503);
      sender.stop();
    } finally {
      await executeServerCommand('collector-database', { own, up: true });
    }
    // The next page view, after the backoff: the kept receipt goes out and is acknowledged.
    await new Promise((r) => setTimeout(r, 2500));
    opened.push({ consent, sender: sendReceipts(consent, { endpoint: outageEndpoint }) });
    expect(await until(async () => !!(await stored(id, outage.url)))).to.equal(true);
    expect((await stored(id, outage.url)).method).to.equal('reject-all');
    expect(await until(() => JSON.parse(localStorage.getItem(key)!).waiting.length == 0)).to.equal(true);
  });

  it('renews the consent cookie by the HTTP answer, so a cookie capped by the browser lasts as configured', async () => {
    const { consent, cookieName } = open();
    consent.acceptAll();
    const value = document.cookie.split('; ').find((pair) => pair.startsWith(`${cookieName}=`))!;
    // What Safari does to a cookie written by script, shortened to seconds: the store's own cookie now expires soon,
    // and so does a control cookie that no receipt renews.
    document.cookie = `${value}; max-age=3; path=/; samesite=lax`;
    document.cookie = `${cookieName}-control=1; max-age=3; path=/; samesite=lax`;
    await opened.at(-1)!.sender!.flush();
    expect(await until(async () => !!(await stored(consent.get().id!)))).to.equal(true);
    await new Promise((r) => setTimeout(r, 4000));
    expect(document.cookie).to.not.contain(`${cookieName}-control=`);
    expect(document.cookie.split('; ')).to.include(value);
    const again = createConsent({ policyVersion: '2026-05', cookieName });
    opened.push({ consent: again });
    expect(again.get().status).to.equal('decided');
    expect(again.get().id).to.equal(consent.get().id);
  });

  it('delivers what a damaged outbox still holds, and every new decision, without an exception', async () => {
    const cookieName = unique();
    const key = `${cookieName}-receipts`;
    // An earlier page could not reach the collector: its receipt waits in the outbox.
    const earlier = createConsent({ policyVersion: '2026-05', cookieName });
    const offline = sendReceipts(earlier, { endpoint: 'http://127.0.0.1:9/v1/receipts' });
    opened.push({ consent: earlier, sender: offline });
    earlier.rejectAll();
    const earlierId = earlier.get().id!;
    await offline.flush();
    offline.stop();
    // Then another script, an extension or a hand edit damaged the entries around it.
    const kept = JSON.parse(localStorage.getItem(key)!);
    const waiting = kept.waiting.map((entry: object) => ({ ...entry, due: 0 }));
    const junk = [null, 7, 'x', {}, { receipt: null }, { receipt: { id: 5 }, due: 0 }, { receipt: { id: 'a' } }];
    localStorage.setItem(
      key,
      JSON.stringify({ waiting: [...junk, ...waiting], seen: [null, { id: 1 }, ...kept.seen] }),
    );
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    try {
      const consent = createConsent({ policyVersion: '2026-05', cookieName });
      const sender = sendReceipts(consent, { endpoint });
      opened.push({ consent, sender });
      consent.acceptAll();
      const id = consent.get().id!;
      await new Promise((r) => setTimeout(r, 100));
      await sender.flush();
      expect(await until(async () => !!(await stored(id)))).to.equal(true);
      expect(await until(async () => !!(await stored(earlierId)))).to.equal(true);
    } finally {
      removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('refuses an endpoint that is not http(s) and a subject that is not an opaque id, naming the option', () => {
    const consent = createConsent({ policyVersion: '1', cookieName: unique() });
    opened.push({ consent });
    expect(() => sendReceipts(consent, { endpoint: 'javascript:alert(1)' })).to.throw(/option "endpoint"/);
    expect(() => sendReceipts(consent, { endpoint, subject: 'ann@example.com' })).to.throw(/option "subject"/);
  });
});
