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
  // Every box is read before any cover is written, twice over: a write between two reads would make the browser
  // lay the whole page out again for each embed, and a long page with many embeds would pay for that many layouts.
  const list = [...pairs];
  const hasBox = list.map(({ element }) => element.isConnected && element.getClientRects().length > 0);
  const shown = list.filter(({ cover }, i) => {
    cover.hidden = !hasBox[i];
    return hasBox[i];
  });
  const measured = shown.map(({ cover, element }) => ({
    cover,
    target: element.getBoundingClientRect(),
    at: cover.getBoundingClientRect(),
  }));
  for (const { cover, target, at } of measured) {
    const [x, y] = cover.style.translate.split(' ').map(parseFloat);
    cover.style.width = `${target.width}px`;
    cover.style.height = `${target.height}px`;
    cover.style.translate = `${(x || 0) + target.left - at.left}px ${(y || 0) + target.top - at.top}px`;
  }
}
