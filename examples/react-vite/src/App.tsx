// The banner, a settings link, and a part of the page that renders only with consent: all bound to the one store.
import '@assent/banner/define';
import { useStore } from '@nanostores/react';
import { consent } from './consent.js';

export function App() {
  const { status, categories } = useStore(consent.$consent);
  return (
    <main>
      <h1>Assent in React + Vite</h1>
      <p id="status">Decision: {status}</p>
      <p id="analytics">{categories.analytics ? 'Statistics are on.' : 'Statistics are off.'}</p>
      <button type="button" data-assent-open>
        Cookie settings
      </button>
      <assent-banner
        consent={consent}
        privacy-url="/privacy"
        layout="box"
        onassent-change={(event) => console.info('consent changed:', event.detail.changed)}
      />
    </main>
  );
}
