// Stands in for dist/assent-banner.js in the boot tests: records what the loader asked for.
export function mount(consent, options) {
  const record = { consent, options, opened: 0 };
  (window.mountedBanners ||= []).push(record);
  return {
    openPreferences: () => {
      record.opened += 1;
    },
  };
}
