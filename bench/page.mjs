// The pages every configuration runs on: a short shop page with the manager's own tags, and a long category
// page (about 11 000 elements, 300 gated inline scripts, 30 gated iframes) that shows whether a manager's cost
// grows with the page or only with what it gates.

/** How many products the long page lists, and every how many products it has a gated script or iframe. */
export const LONG_PAGE = { products: 1500, scriptEvery: 5, iframeEvery: 50 };

/**
 * The long page's products, with a gated inline script every 5 products (analytics) and a gated lazy iframe
 * every 50 (marketing), in the manager's own syntax. Each gated script notes its number, so the bench can tell
 * that all of them ran, once, in document order.
 * @param {import('./managers.mjs').Manager} manager
 */
function longList(manager) {
  const out = [];
  let scripts = 0;
  for (let n = 1; n <= LONG_PAGE.products; n++) {
    out.push(
      `<article class="product"><a href="/p/${n}"><h2>Frame ${n}</h2></a><p>Acetate, <span>tortoiseshell</span>. <b>${100 + (n % 90)} €</b></p><button>Add to cart</button></article>`,
    );
    if (n % LONG_PAGE.scriptEvery === 0)
      out.push(
        manager.gate.script(
          'analytics',
          `var g=window.__benchGated=window.__benchGated||{};(g.order=g.order||[]).push(${++scripts});g.lastAt=performance.now()`,
        ),
      );
    if (n % LONG_PAGE.iframeEvery === 0) out.push(manager.gate.iframe('marketing', `/site/frame.html?${n}`));
  }
  return out.join('\n');
}

/**
 * @param {{ name: string, head: string, body: string, gate: { script: Function, iframe: Function } }} manager
 * @param {{ long?: boolean }} [options]
 * @returns {string} the HTML of the page with this manager's tags
 */
export function page(manager, { long = false } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lens &amp; Co: frames and lenses</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1rem; color: #222; }
  header, footer { border-bottom: 1px solid #ddd; padding: .5rem 0; }
  .products { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem; }
  .product { border: 1px solid #ddd; border-radius: .5rem; padding: 1rem; min-height: 8rem; }
</style>
${manager.head}
</head>
<body>
<header><strong>Lens &amp; Co</strong> · <a href="/">Shop</a> · <a href="/cart">Cart (0)</a></header>
<main>
  <h1>Frames for every face</h1>
  <p>Hand-finished acetate and titanium frames, fitted with your prescription in our workshop and delivered in five days.
  Free returns for thirty days, free adjustments for life.</p>
  <section class="products">
    <article class="product"><h2>Aria</h2><p>Round acetate, tortoiseshell. 129 €</p><button>Add to cart</button></article>
    <article class="product"><h2>Brook</h2><p>Square titanium, matte black. 189 €</p><button>Add to cart</button></article>
    <article class="product"><h2>Cleo</h2><p>Cat-eye acetate, honey. 139 €</p><button>Add to cart</button></article>
    <article class="product"><h2>Dune</h2><p>Aviator titanium, gold. 199 €</p><button>Add to cart</button></article>
  </section>${long ? `\n  <section class="products">\n${longList(manager)}\n  </section>` : ''}
  <p>Not sure which frame suits you? Book a free fitting in the shop, or order up to four frames to try at home.</p>
</main>
<footer><a href="/privacy">Privacy policy</a></footer>
${manager.body}
</body>
</html>
`;
}
