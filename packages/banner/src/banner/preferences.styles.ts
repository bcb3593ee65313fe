// Plain CSS text, after ../theme/theme.styles.ts and ./banner.styles.ts: what only the preferences layer shows (the
// switches, the services' cookies, the actions kept in view), fetched with it (see ./preferences.ts).
// Logical properties only (inline start and end, not left and right): in Arabic and Hebrew the whole dialog mirrors.
export default `
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
  /* Forced colours drop backgrounds: the switch needs its own system colours. */
  @media (forced-colors: active) {
    input { forced-color-adjust: none; border-color: CanvasText; color: CanvasText }
    input:checked { border-color: Highlight; background: Highlight; color: HighlightText }
  }
`;
