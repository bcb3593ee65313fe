// The app's one consent store. Created at import: on a server it is a pending store, in the browser it reads the
// visitor's cookie.
import { createConsent } from '@assent/core';

export const consent = createConsent({
  policyVersion: '2024-05',
  categories: [
    { name: 'analytics', description: 'Counts visits, so that we can improve the shop.' },
    { name: 'marketing', description: 'Embedded videos from VideoHost.' },
  ],
});
