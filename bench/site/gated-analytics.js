// The site's own analytics widget, gated on "analytics" by each consent manager in its own syntax.
// It only notes when it ran, on the page's clock, for the click-to-effect figure.
(window.__benchGated = window.__benchGated || {}).analytics = performance.now();
