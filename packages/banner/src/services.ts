// Per-service switches in the banner's preferences: their own entry, so that only sites declaring services with
// an id (per-service consent) load them. Importing it is enough: every <assent-banner> then shows them.
import { showServiceSwitches } from './banner/service-slot.js';
import { serviceSwitches } from './banner/service-switches.js';

showServiceSwitches(serviceSwitches);

export { serviceSwitches, type ShownCategory } from './banner/service-switches.js';
