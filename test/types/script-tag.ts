// A shop's own TypeScript beside assent.js, as the script-tag README shows it: one type import brings the globals.
// Type-checked against what npm ships by test/node/published-types.test.mjs.
import type {} from '@assent/script-tag';

window.assentConfig = { policyVersion: '2024-05', layout: 'box' };
// @ts-expect-error a layout the banner does not have
window.assentConfig = { layout: 'sidebar' };

window.assent = window.assent || [];
if (Array.isArray(window.assent)) window.assent.push((assent) => assent.allowed('analytics'));
else window.assent.openPreferences();

document.addEventListener('assent-ready', (event) => event.detail.$consent.get().categories);
document.addEventListener('assent-change', (event) => event.detail.changed.includes('analytics'));
document.querySelector('assent-banner')?.addEventListener('assent-hide', (event) => event.detail.reason);
