// Plain CSS text, after ../theme/theme.styles.ts (the colours, font and buttons the banner has too).
// The host lies over the waiting embed, exactly its size (set by overlay.ts): the page's layout never moves, neither
// when the placeholder comes nor when the embed replaces it. Its content scrolls where the embed is small.
// A preview image fills the box behind a panel that keeps the text at its contrast.
export default `
  :host {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    display: grid;
    place-items: center;
    overflow: auto;
    border: 1px solid #8886;
    background: var(--_bg);
    color: var(--_fg);
    text-align: center;
  }
  :host([hidden]) { display: none }
  [part~='preview'] { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover }
  [part~='panel'] {
    position: relative;
    max-width: 34em;
    margin: 0.75em;
    padding: 0.75em 1em;
    border-radius: var(--_r);
    background: var(--_bg);
    font-size: 0.875em;
  }
  p { margin: 0 0 0.75em; overflow-wrap: anywhere }
  [part~='title'] { font-weight: 600 }
  [part~='actions'] { display: flex; flex-wrap: wrap; justify-content: center; gap: 0.5em }
  [part~='allow'] { background: none; color: var(--_ac) }
  [part~='link'] { display: inline-block; margin-top: 0.5em; padding-block: 0.25em }
  @media (forced-colors: active) {
    :host, [part~='panel'] { border: 1px solid }
  }
`;
