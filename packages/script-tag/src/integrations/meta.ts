// The entry of dist/integrations/meta.js: Meta's pixel, loaded by assent.js only with data-meta-pixel.
import { connectMetaPixel, META_PIXEL_OPTIONS } from '@assent/analytics-bridge';
import { connectChecked } from './connect-checked.js';

export const connect = connectChecked(META_PIXEL_OPTIONS, 'the Meta pixel', connectMetaPixel);
