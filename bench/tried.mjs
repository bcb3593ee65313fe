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
    'of parsing only while the page is still parsed. Part of this figure is the work every setup must do on a ' +
    'returning visit (gtag.js and the two site scripts): the next target subtracts it and judges what the consent ' +
    'manager itself adds.',
  'returningOwn.script':
    'as above. Where the rest goes, from CPU profiles of the returning visit (`node bench/profile.mjs`, 5 runs, at ' +
    '4× CPU; a profiled visit runs slower than a measured one): about 27 ms is inserting gtag.js and reviving the ' +
    "two gated scripts (the browser starts each script's " +
    'request inside `replaceWith` and `append`, which a page pays outside script time when its parser meets a plain ' +
    'tag, and which every manager that holds scripts back pays inside it); about 10 ms is evaluating `assent.js` ' +
    '(measured with a build whose start does nothing); the rest is spread thin: reading the cookie, opening the ' +
    "cross-tab channel, reading the configuration, creating the store, none over 8 ms. Half of cookieconsent's " +
    'own time is about what the three script insertions alone cost, so no start-up file meets it either, and one ' +
    'that loads the rest later would cost returning visitors a second request. A decision for the project: accept ' +
    'what it is (1.2× to 1.3× of cookieconsent in the last runs), or name what a returning visitor may go without.',
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
