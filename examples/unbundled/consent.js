// The whole setup of a site that loads Assent through the import map in index.html.
import { createConsent, gateElements } from '@assent/core';
import '@assent/banner/define';

const consent = createConsent({ policyVersion: '2026-12' });
gateElements(consent);
document.querySelector('assent-banner').consent = consent;
consent.$consent.subscribe(({ categories }) => {
  document.querySelector('#analytics').value = categories.analytics ? 'on' : 'off';
});
