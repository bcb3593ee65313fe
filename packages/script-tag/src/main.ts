// The entry of dist/assent.js, a classic script: currentScript is only set while it runs, so read it first.
import { start } from './boot/start.js';

start(document.currentScript);
