// The entry of dist/integrations/clarity.js: Microsoft Clarity, loaded by assent.js only with data-clarity.
import { connectClarity, CLARITY_OPTIONS } from '@assent/analytics-bridge';
import { connectChecked } from './connect-checked.js';

export const connect = connectChecked(CLARITY_OPTIONS, 'Clarity', connectClarity);
