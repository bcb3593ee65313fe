// Stands in for dist/assent-placeholders.js in the boot tests: records what the loader asked for and each embed.
export function mountPlaceholders(consent, options) {
  const record = { consent, options, waiting: [] };
  (window.mountedPlaceholders ||= []).push(record);
  return (blocked) => record.waiting.push(blocked.element);
}
