// Mounts the app and connects Google Analytics to the store: gtag.js is requested only once analytics is granted.
import { connectGoogleAnalytics } from '@assent/analytics-bridge';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { consent } from './consent.js';

connectGoogleAnalytics(consent, { measurementId: 'G-EXAMPLE1' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
