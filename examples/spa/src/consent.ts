// The app's one consent instance, and stores derived from it with nanostores: any component can subscribe.
import { createConsent } from '@assent/core';
import { computed } from 'nanostores';

export const consent = createConsent({
  policyVersion: 'spa-2024-05',
  cookieName: 'assent_app',
  categories: [
    {
      name: 'analytics',
      description: 'Counts visits and screens, so that we can improve the app.',
      services: [{ name: 'Google Analytics', cookies: [/^_ga/, '_gid'] }],
    },
    {
      name: 'marketing',
      description: 'Embedded videos from VideoHost.',
      services: [{ name: 'VideoHost', cookies: ['_vh_id'] }],
    },
  ],
});

/** Whether analytics is granted, as a store of its own. */
export const $analytics = computed(consent.$consent, (state) => state.categories.analytics === true);
