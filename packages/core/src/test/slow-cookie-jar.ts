// Makes one document's cookie writes reach the shared jar late, as between browser processes: the writing tab
// reads its own write at once, every other tab only after the delay. Tabs in separate processes see each other's
// cookies this way, so a message from another tab can arrive before its cookie, and an older write can land last.

/** Delays each cookie write of `doc` by up to `maxMs` (from `random`), keeping it visible to `doc` meanwhile. */
export function delayCookieWrites(doc: Document, random: () => number, maxMs: number): void {
  const jar = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  // Writes not yet in the jar, by name: the pair, or null for a deletion.
  const pending = new Map<string, string | null>();
  // Writes waiting to land, in the order they were made: one process's writes reach the jar in that order.
  const queue: Array<{ at: number; written: string; name: string; mine: string | null }> = [];
  function land(): void {
    while (queue[0] && queue[0].at <= Date.now()) {
      const { written, name, mine } = queue.shift()!;
      jar.set!.call(doc, written);
      if (pending.get(name) === mine) pending.delete(name);
    }
    if (queue[0]) setTimeout(land, queue[0].at - Date.now());
  }
  Object.defineProperty(doc, 'cookie', {
    configurable: true,
    get() {
      const pairs = String(jar.get!.call(doc))
        .split('; ')
        .filter((pair) => pair && !pending.has(pair.split('=')[0]!));
      for (const pair of pending.values()) if (pair) pairs.push(pair);
      return pairs.join('; ');
    },
    set(written: string) {
      const [pair] = written.split(';') as [string];
      const name = pair.split('=')[0]!;
      const expires = /expires=([^;]+)/i.exec(written)?.[1];
      const deletes = !!expires && Date.parse(expires) < Date.now();
      const mine = deletes ? null : pair;
      pending.set(name, mine);
      const at = Math.max(queue.at(-1)?.at ?? 0, Date.now() + Math.floor(random() * maxMs));
      queue.push({ at, written, name, mine });
      if (queue.length == 1) setTimeout(land, at - Date.now());
    },
  });
}
