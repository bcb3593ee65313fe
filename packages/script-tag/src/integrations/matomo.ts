// The entry of dist/integrations/matomo.js: Matomo, loaded by assent.js only with data-matomo.
import { connectMatomo, MATOMO_OPTIONS } from '@assent/analytics-bridge';
import { connectChecked } from './connect-checked.js';

export const connect = connectChecked(MATOMO_OPTIONS, 'Matomo', connectMatomo);
