// The entry of dist/assent.js, a classic script: currentScript is only set while it runs, so read it first.
import { ownScript } from './boot/own-script.js';
import { start } from './boot/start.js';

start(ownScript());
