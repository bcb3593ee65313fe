// Plain CSS text (no lit css tag: the element has no ReactiveElement to adopt it), after ../theme/theme.styles.ts,
// which holds the colours, the font and the buttons every Assent element shares.
// Logical properties only (inline start and end, not left and right): in Arabic and Hebrew the whole dialog mirrors.
// Accept all and Reject all look alike (regulators compare them); Customize is outlined, a different kind of action.
// Actions: three equal columns when each gets 9em, else one column, never two and one, which would single out a choice.
export default `
  dialog {
    position: fixed;
    inset: auto 0 0;
    z-index: var(--assent-z-index, 2147483000);
    box-sizing: border-box;
    width: 100%;
    max-width: none;
    max-height: 100%;
    overflow: auto;
    margin: 0;
    padding: 1.25em;
    border: 0;
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 0 1em #0006;
    animation: a 0.2s;
  }
  :host([layout='box']) dialog {
    inset-block: auto 1em;
    inset-inline: auto 1em;
    width: min(26em, 100% - 2em);
    border-radius: var(--_r);
  }
  :host([layout='modal']) dialog, .m {
    inset: 0;
    width: min(40em, 100% - 2em);
    max-height: calc(100% - 2em);
    margin: auto;
    border-radius: var(--_r);
  }
  ::backdrop { background: #0009 }
  h2 { margin: 0 0 0.5em; margin-inline-end: 2.5em; font-size: 1.25em }
  /* One long word ("Integritetsinställningar") must wrap at 320 px rather than scroll sideways. */
  h2, p, li, label { overflow-wrap: anywhere }
  p, ul { margin: 0 0 1em }
  [part~='actions'] {
    display: grid;
    grid: auto-flow 1fr / repeat(auto-fit, minmax(clamp((100% - 1em) / 3, (28em - 100%) * 999, 100%), 1fr));
    gap: 0.5em;
    max-width: 42em;
  }
  [part~='customize'] { background: none; color: var(--_ac) }
  [part~='close'] {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    width: 2.75em;
    padding: 0;
    border-color: transparent;
    background: none;
    color: inherit;
    font-size: 1.25em;
    line-height: 1;
  }
  [part~='floating'] {
    position: fixed;
    inset-inline-start: 1em;
    inset-block-end: 1em;
    z-index: var(--assent-z-index, 2147483000);
    width: 3em;
    height: 3em;
    padding: 0.5em;
    border-radius: 50%;
  }
  svg { display: block; fill: currentColor }
  dialog { outline: 0 }
  @keyframes a { from { opacity: 0; translate: 0 1em } }
  /* Forced colours drop backgrounds: the dialog needs an edge. */
  @media (forced-colors: active) {
    dialog { border: 1px solid }
  }
`;
