// Stands in for gtag.js in tests, since Google's hosts cannot be reached from here. Like gtag.js it reads the
// dataLayer queue and every later push, skipping arrays (which gtag.js ignores), and it records what it saw
// in window.gtagStandIn: `loads` (the id of each load) and `commands` (each entry, as an array or an object).
(() => {
  const src = document.currentScript && document.currentScript.src;
  const seen = (window.gtagStandIn ||= { loads: [], commands: [] });
  seen.loads.push(src ? new URL(src).searchParams.get('id') : null);
  const layer = (window.dataLayer ||= []);
  if (layer.standIn) return;
  const read = (entry) => {
    if (Array.isArray(entry)) return;
    const isArguments = Object.prototype.toString.call(entry) === '[object Arguments]';
    seen.commands.push(isArguments ? Array.from(entry) : entry);
  };
  layer.forEach(read);
  const push = layer.push;
  layer.standIn = true;
  layer.push = function (...entries) {
    entries.forEach(read);
    return push.apply(this, entries);
  };
})();
