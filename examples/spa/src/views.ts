// The app's screens. Each binds to the consent stores and unsubscribes when the route changes.
import type { AssentBanner } from '@assent/banner';
import { consent } from './consent.js';
import type { View } from './router.js';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}) => {
  const element = document.createElement(tag);
  element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};

export const home: View = (root) => {
  root.append(
    el('h1', 'Welcome'),
    el(
      'p',
      'Browse frames, change your privacy settings, and move between screens: the consent holds without reloads.',
    ),
  );
};

export const frames: View = (root) => {
  const video = el('div', '', { class: 'video' });
  // Gated by @assent/core like any data-consent element, even though it is added long after the page loaded; until
  // marketing is allowed, Assent's placeholder covers it (see main.ts).
  video.append(
    el('iframe', '', {
      'data-consent': 'marketing',
      'data-src': '/third-party/video.html',
      'data-service': 'VideoHost',
      title: 'Fitting video (VideoHost)',
    }),
  );
  root.append(el('h1', 'Frames'), el('p', 'Aurora, Meridian and Polar: try them on at home.'), video);
};

export const privacy =
  (banner: AssentBanner): View =>
  (root) => {
    const list = el('dl');
    const open = el('button', 'Change choices');
    const withdraw = el('button', 'Withdraw all consent');
    open.addEventListener('click', () => banner.openPreferences());
    withdraw.addEventListener('click', () => consent.reset());
    root.append(el('h1', 'Privacy settings'), list, open, withdraw);
    return consent.$consent.subscribe((state) => {
      list.textContent = '';
      list.append(el('dt', 'Status'), el('dd', state.status, { id: 'status' }));
      for (const [name, granted] of Object.entries(state.categories)) {
        list.append(el('dt', name), el('dd', granted ? 'allowed' : 'not allowed', { 'data-category': name }));
      }
      if (state.decidedAt) list.append(el('dt', 'Decided'), el('dd', new Date(state.decidedAt).toLocaleString()));
    });
  };

export const notFound: View = (root) => {
  root.append(el('h1', 'Not found'), el('p', 'This screen does not exist.'));
};
