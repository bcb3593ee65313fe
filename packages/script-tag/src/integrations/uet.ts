// The entry of dist/integrations/uet.js: Microsoft Advertising's UET tag, loaded by assent.js only with data-uet.
import { connectMicrosoftAds, MICROSOFT_ADS_OPTIONS } from '@assent/analytics-bridge';
import { connectChecked } from './connect-checked.js';

export const connect = connectChecked(MICROSOFT_ADS_OPTIONS, 'Microsoft UET', connectMicrosoftAds);
