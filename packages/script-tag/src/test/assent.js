// Stands in for dist/assent.js in the own-script tests: asks, while it runs, which element it was loaded by.
window.ownScriptFound = window.findOwnScript();
