// The types of what assent.js puts on the page, for a site's own TypeScript:
//   import type {} from '@assent/script-tag';
// brings window.assent, window.assentConfig, the assent-ready and assent-change events on document, and
// <assent-banner> in document.querySelector. assent.js itself is a classic script: nothing here runs (types.js
// is an empty module). The globals come in by plain imports: the declaration output drops an `import type {}`,
// and with it every global the imported file declares.
import './boot/start.js';
import '@assent/banner/define';
import type { AssentReadyEvent as ReadyEvent } from '@assent/banner/options';
import type { AssentApi } from './api/create-api.js';

export type { AssentApi, QueuedCall } from './api/create-api.js';
export type { AssentConfig } from './config/read-config.js';
export type { ConsentChange, ConsentState } from '@assent/core';
export type { AssentChangeEvent } from '@assent/banner';

/**
 * `assent-ready` on `document`, once: `window.assent` exists; `detail` is the API.
 *
 * @example
 * document.addEventListener('assent-ready', (event: AssentReadyEvent) => event.detail.openPreferences());
 */
export type AssentReadyEvent = ReadyEvent<AssentApi>;
