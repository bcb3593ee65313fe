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
  /* On a phone the preferences scroll; their actions stay in view at the bottom. */
  .m [part~='actions'] {
    position: sticky;
    bottom: 0;
    max-width: none;
    margin: 0 -1.25em -1.25em;
    padding: 0.75em 1.25em 1.25em;
    background: var(--_bg);
    box-shadow: 0 -1px #8886;
  }
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
  label { display: flex; gap: 0.75em; align-items: center; font-weight: 600 }
  input {
    flex: none;
    appearance: none;
    position: relative;
    width: 2.75em;
    height: 1.5em;
    margin: 0;
    border: 2px solid;
    border-radius: 1em;
    font: inherit;
    cursor: pointer;
  }
  input::before {
    content: '';
    position: absolute;
    inset-block: 2px;
    inset-inline-start: 2px;
    aspect-ratio: 1;
    border-radius: 50%;
    background: currentColor;
    transition: translate 0.2s;
  }
  input:checked { border-color: var(--_ac); background: var(--_ac); color: var(--_on) }
  input:checked::before { translate: 1.2em }
  [dir='rtl'] input:checked::before { translate: -1.2em }
  input:disabled { opacity: 0.6; cursor: auto }
  small { display: block; opacity: 0.85 }
  @keyframes a { from { opacity: 0; translate: 0 1em } }
  /* Forced colours drop backgrounds: the dialog needs an edge and the switch its own system colours. */
  @media (forced-colors: active) {
    dialog { border: 1px solid }
    input { forced-color-adjust: none; border-color: CanvasText; color: CanvasText }
    input:checked { border-color: Highlight; background: Highlight; color: HighlightText }
  }
`;
