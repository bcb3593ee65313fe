// Runs in the page before any of its scripts (a Playwright init script), for every configuration alike.
// It reads the browser's own clocks and performance entries; it never calls into a consent manager.
// window.__benchConfig = { accept: '<css selector>' | null } is set just before it.
(() => {
  const config = window.__benchConfig;
  const bench = (window.__bench = {
    longTasks: [],
    shifts: [],
    cls: 0,
    banner: { visibleAt: null, listenerAt: null, respondingAt: null },
    clickAt: null,
    loadedAt: null,
    settledAt: null,
  });
  const now = () => performance.now();
  const addListener = EventTarget.prototype.addEventListener;

  // Shadow roots, closed ones too, so that a banner's buttons can be found wherever they render.
  const roots = [document];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  };

  // When an element first got a listener for input: a button "responds" once it (or a container
  // inside the banner) has one. Every manager here attaches its handlers with addEventListener.
  const inputTypes = new Set(['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup']);
  const listenedAt = new WeakMap();
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (inputTypes.has(type) && !listenedAt.has(this)) listenedAt.set(this, now());
    return addListener.call(this, type, listener, options);
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      bench.shifts.push({ at: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  // Long animation frames name the scripts that ran in them (those over 5 ms): main-thread time that can be
  // attributed to a file, with no need to subtract the page's own.
  bench.frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.frames.push({
          start: entry.startTime,
          duration: entry.duration,
          scripts: entry.scripts.map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Not in this browser: the attributed figure stays empty.
  }

  function find(selector) {
    for (const root of roots) {
      const el = root.querySelector(selector);
      if (el) return el;
    }
    return null;
  }

  // Painted, in the viewport, on top where a visitor would click, and fully faded in.
  function visible(el) {
    if (!el.isConnected || !el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
      return false;
    const hit = el.getRootNode().elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!hit || (hit !== el && !el.contains(hit))) return false;
    let opacity = 1;
    for (let node = el; node; node = node.parentElement || node.getRootNode().host) {
      opacity *= Number(getComputedStyle(node).opacity);
    }
    return opacity >= 0.99;
  }

  // A listener on the button or on anything between it and the page's <body> (delegation inside the banner).
  function listener(el) {
    let first = null;
    for (
      let node = el;
      node && node !== document.body && node !== document.documentElement;
      node = node.parentNode instanceof ShadowRoot ? node.parentNode : node.parentElement || node.getRootNode().host
    ) {
      const at = listenedAt.get(node);
      if (at !== undefined && (first === null || at < first)) first = at;
    }
    return first;
  }

  addListener.call(
    window,
    'click',
    (event) => {
      if (bench.clickAt === null) bench.clickAt = event.timeStamp;
    },
    true,
  );
  addListener.call(window, 'load', () => {
    bench.loadedAt = now();
  });

  // Watch each frame until the accept button is visible and wired, then see when the main thread is
  // next free to take a click: that moment is "time to banner".
  let watching = Boolean(config.accept);
  function frame() {
    if (!watching) return;
    const button = find(config.accept);
    if (button && visible(button)) {
      // The clock now, not the frame's timestamp: a long task may have held this callback back long after
      // the frame began. The frame is painted right after its callbacks.
      if (bench.banner.visibleAt === null) bench.banner.visibleAt = now();
      const wired = listener(button);
      if (wired !== null) {
        bench.banner.listenerAt = wired;
        watching = false;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          bench.banner.respondingAt = now();
        };
        channel.port2.postMessage(null);
        return;
      }
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);

  // Settled: loaded, banner ready (when one is expected), and a second with no long task since.
  const quietFor = 1000;
  const timer = setInterval(() => {
    if (bench.loadedAt === null) return;
    if (config.accept && bench.banner.respondingAt === null) return;
    const lastTask = bench.longTasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
    const since = Math.max(bench.loadedAt, bench.banner.respondingAt ?? 0, lastTask);
    if (now() - since >= quietFor) {
      bench.settledAt = now();
      clearInterval(timer);
    }
  }, 100);

  /** The centre of the accept button, for a real click from outside. */
  bench.point = (selector) => {
    const el = find(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, visible: visible(el) };
  };
  bench.has = (selector) => Boolean(find(selector) && visible(find(selector)));
})();
