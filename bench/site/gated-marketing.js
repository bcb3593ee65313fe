// A marketing pixel, gated on "marketing" by each consent manager in its own syntax.
(window.__benchGated = window.__benchGated || {}).marketing = performance.now();
