// The look every Assent element shares (the banner, the placeholders of blocked embeds), before each one's own CSS.
// Plain CSS text, adopted as a constructed stylesheet: a strict Content-Security-Policy (no 'unsafe-inline') allows it.
// Colours come from light-dark() so that one rule set serves both schemes; sites override through --assent-*.
// `auto` sets no color-scheme: the host inherits the page's, so a light shop gets a light banner whatever the system's
// theme, and a page that declares `color-scheme: light dark` gets the visitor's.
// A dialog takes the focus only to announce itself: no ring on it, only on its controls.
export default `
  :host {
    --_bg: var(--assent-background, light-dark(#fff, #1c1c1e));
    --_fg: var(--assent-color, light-dark(#1a1a1a, #f2f2f2));
    --_ac: var(--assent-accent, light-dark(#1d4ed8, #9ab8ff));
    --_on: var(--assent-accent-color, light-dark(#fff, #0b1020));
    --_r: var(--assent-radius, 0.75em);
    font-family: var(--assent-font, system-ui, sans-serif);
    font-size: var(--assent-font-size, 1rem);
    line-height: 1.5;
  }
  /* Browsers without light-dark() (Safari before 17.5) would leave the dialog see-through: the light scheme. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_bg: var(--assent-background, #fff);
      --_fg: var(--assent-color, #1a1a1a);
      --_ac: var(--assent-accent, #1d4ed8);
      --_on: var(--assent-accent-color, #fff);
    }
  }
  :host([color-scheme='light']) { color-scheme: light }
  :host([color-scheme='dark']) { color-scheme: dark }
  a { color: var(--_ac) }
  button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_ac);
    border-radius: 0.5em;
    background: var(--_ac);
    color: var(--_on);
    font: inherit;
    cursor: pointer;
  }
  :not(dialog):focus-visible { outline: 3px solid var(--_ac); outline-offset: 2px }
  @media (prefers-reduced-motion: reduce) {
    *, ::before { animation: none !important; transition: none !important }
  }
`;
