// The one page every configuration runs on: a short shop page, the manager's own tags, nothing else.

/**
 * @param {{ name: string, head: string, body: string }} manager
 * @returns {string} the HTML of the page with this manager's tags
 */
export function page(manager) {
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
  </section>
  <p>Not sure which frame suits you? Book a free fitting in the shop, or order up to four frames to try at home.</p>
</main>
<footer><a href="/privacy">Privacy policy</a></footer>
${manager.body}
</body>
</html>
`;
}
