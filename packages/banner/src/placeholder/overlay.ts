/**
 * Lays each `cover` over its `element`, at its position and size, without moving anything on the page: the cover
 * is absolutely positioned beside the element (at its static position), then moved by the difference between
 * their boxes. Size and offset are set through the CSSOM, which a strict Content-Security-Policy allows (only
 * `style` attributes in markup need 'unsafe-inline'). An element without a box (inside `display: none`, or removed)
 * hides its cover. Called again whenever one may have moved: a size changed, or a scroll container scrolled.
 *
 * @example
 * element.before(cover);
 * new ResizeObserver(() => overlay([{ cover, element }])).observe(element);
 */
export function overlay(pairs: Iterable<{ cover: HTMLElement; element: Element }>): void {
  // Every box is read before any cover is written: a write between two reads would make the browser lay the whole
  // page out again, once per embed, and a long page pays dearly for each layout. Called from a ResizeObserver, the
  // reads cost nothing: the page was just laid out.
  const list = [...pairs];
  const boxes = list.map(({ cover, element }) => {
    const hasBox = element.isConnected && element.getClientRects().length > 0;
    // A hidden cover has no box of its own to measure from: it is shown first and placed by a second pass below.
    if (!hasBox || cover.hidden) return { hasBox };
    // Right to left, the static position holds the cover's right edge, and a new width moves its left one: the
    // right edges are what is compared there.
    const rtl = getComputedStyle(cover.parentElement ?? cover).direction == 'rtl';
    return { hasBox, rtl, target: element.getBoundingClientRect(), at: cover.getBoundingClientRect() };
  });
  const shownAgain: typeof list = [];
  list.forEach((pair, i) => {
    const { hasBox, rtl, target, at } = boxes[i]!;
    const { cover } = pair;
    if (!hasBox) cover.hidden = true;
    else if (!target || !at) {
      cover.hidden = false;
      shownAgain.push(pair);
    } else {
      const [x, y] = cover.style.translate.split(' ').map(parseFloat);
      cover.style.width = `${target.width}px`;
      cover.style.height = `${target.height}px`;
      const across = rtl ? target.right - at.right : target.left - at.left;
      cover.style.translate = `${(x || 0) + across}px ${(y || 0) + target.top - at.top}px`;
      cover.style.visibility = '';
    }
  });
  // Only an embed that had no box and has one again costs a second layout.
  if (shownAgain.length) overlay(shownAgain);
}
