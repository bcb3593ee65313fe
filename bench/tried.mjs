// What was tried for each target of the bench (bench/report.mjs prints it under a target that a run does not meet),
// keyed by the figure's key. Kept with the bench, so that the report a quiet run commits says it beside the gap.
// CHANGELOG.md has each change with its measured effect.
export const TRIED = {
  'first.br':
    'the preferences layer, the opt-out notice, the placeholders and their texts, each integration and every ' +
    'language other than English each left the first visit for a file fetched only where needed; core writes its ' +
    'cookies itself (js-cookie left, −0.28 kB); the CSS is minified, lit templates lose their indentation, and ' +
    'terser makes a second pass. What is left: the required libraries (lit-html, nanostores) about 2.9 kB, ' +
    "Assent's own code about 14 kB: option checks that name a wrong option, Consent Mode, GPC and Do Not Track, " +
    "rules by region, gating, the banner's two layers and its dialog behaviour. 0.66× (about 9.7 kB) would mean " +
    'dropping features the issues require; no figure grew without a CHANGELOG line saying what it bought.',
  'first.responding':
    "a pending visitor's banner is requested as soon as `assent.js` finds no decision, before its other work; " +
    "English ships inside `assent-banner.js`, so an English page fetches two files; the banner's lists no longer use " +
    'Intl.ListFormat, whose first use cost about 75 ms at 4× CPU.',
  'slow.responding':
    "as for the local network: the banner's file is requested first, with nothing else in its way. Both of " +
    "cookieconsent's plain tags are in the HTML, so the browser requests them at once; Assent's banner file is " +
    'requested only once `assent.js` has run, one round trip later on a 150 ms network.',
  'returning.script':
    "V8's compile hint on `assent.js` (its functions compile while it downloads: about 25–30 % less script time " +
    'for it); data-* attributes listed once; the consent cookie checked by one pattern; gating listens for the end ' +
    'of parsing only while the page is still parsed. The work every setup must do (inserting gtag.js, running the ' +
    'two gated scripts) measured 28 ms of the 39 ms the target allows (a measurement not stored with the bench); the rest is compiling and running ' +
    "`assent.js` (25 kB minified). Half of cookieconsent's would need a start-up file of a few kB for returning " +
    'visitors that loads the rest later: a decision for the project, not yet taken.',
  'growth.firstScript':
    'gating looks only at the elements just added, never the whole page; placeholders are placed from one read of ' +
    'the layout (about 150 ms of forced layout gone on the long page). Assent also draws a placeholder over each of ' +
    "the 30 waiting iframes, which cookieconsent does not (its iframe manager is a separate product); the profile's " +
    "remaining own time on the long page is lit-html's render, the dialog's focus and building the placeholders, " +
    'each 10 to 40 ms (`node bench/profile.mjs --long --first`).',
  'longReturning.blocking':
    "gating's cost no longer grows with the page (its growth is well under cookieconsent's). Letting the browser in " +
    'between gated scripts (a new task, by scheduler.yield(), after 40 ms of them) left the blocking time where it ' +
    'was (1 784 against 1 769 ms, 5 runs in turns, measured by a script outside the bench), so the change was not kept: the long tasks ' +
    'are not the scripts. `node bench/profile.mjs --long --runs 3` put 147 ms of script and 233 ms of layout over ' +
    "the page alone's in about 2 s of extra task time: the rest is the browser's own work as the 300 scripts and 30 " +
    'iframes held back are revived into a page of 11 000 elements, which cookieconsent pays as well.',
};
