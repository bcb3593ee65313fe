// Wires Assent into the app: one consent instance, the banner bound to it, GA through the bridge,
// gating for data-consent elements with Assent's placeholders over waiting embeds, and page views on client-side route changes (only with consent).
import { gateElements } from '@assent/core';
import '@assent/banner/define';
import { placeholders } from '@assent/banner/placeholders';
import { connectGoogleAnalytics } from '@assent/analytics-bridge';
import { $analytics, consent } from './consent.js';
import { startRouter } from './router.js';
import { frames, home, notFound, privacy } from './views.js';

const banner = document.createElement('assent-banner');
banner.consent = consent;
banner.privacyUrl = '/privacy';
banner.layout = 'box';
document.body.append(banner);

// Embeds that wait for consent show Assent's placeholder: who the content comes from, "Load this once" and
// "Always allow Marketing".
gateElements(consent, document, { blocked: placeholders(consent, { privacyUrl: '/privacy' }) });
// gtag.js cannot be reached from this example: the storefront's local stand-in plays its part.
const analytics = connectGoogleAnalytics(consent, { measurementId: 'G-LENSAPP01', scriptUrl: '/third-party/gtag/js' });
(window as unknown as { app: unknown }).app = { consent, analytics };

const badge = document.querySelector('#analytics-badge')!;
$analytics.subscribe((on) => {
  badge.textContent = `Analytics ${on ? 'on' : 'off'}`;
});

// The bridge defines window.gtag (queueing into the dataLayer).
const gtag = () => (window as { gtag?: (...args: unknown[]) => void }).gtag;
let first = true;
startRouter(
  { '/': home, '/frames': frames, '/privacy': privacy(banner), '*': notFound },
  document.querySelector('#view')!,
  (path) => {
    // gtag's config sends the first page view; later screens are reported only while analytics is granted,
    // so nothing queues up to be sent after a later consent.
    if (!first && consent.allowed('analytics')) gtag()?.('event', 'page_view', { page_path: path });
    first = false;
  },
);
