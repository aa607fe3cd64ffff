// Loaded first by every bench page: records when each widget is ready and the paint and
// layout metrics, for bench/run.js to read. A classic script, so it runs before the widgets.
window.__bench = { ready: [], painted: [], contentPainted: 0, lcp: 0, cls: 0, longTasks: 0, longTaskMs: 0 };
// "Ready" events come before layout and paint; a widget counts as rendered once the frame that
// shows it has been painted: the first task after the next animation frame.
const afterNextPaint = (fn) =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = fn;
    channel.port2.postMessage(0);
  });
const ready = () => {
  window.__bench.ready.push(performance.now());
  afterNextPaint(() => window.__bench.painted.push(performance.now()));
};
document.addEventListener('explainer-ready', ready);
// Every page: when the whole parsed document (the static page's widgets included) is on screen.
document.addEventListener('DOMContentLoaded', () => afterNextPaint(() => (window.__bench.contentPainted = performance.now())));
const observe = (type, onEntry) => {
  if (PerformanceObserver.supportedEntryTypes?.includes(type)) new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
};
observe('largest-contentful-paint', (entry) => (window.__bench.lcp = entry.startTime));
observe('layout-shift', (entry) => {
  if (!entry.hadRecentInput) window.__bench.cls += entry.value;
});
observe('longtask', (entry) => {
  window.__bench.longTasks += 1;
  window.__bench.longTaskMs += entry.duration;
});
// iframe pages: an iframe counts as rendered when resize.js has given it its height.
new MutationObserver((records) => {
  for (const record of records) {
    const frame = record.target;
    if (frame.tagName === 'IFRAME' && frame.style.height && !frame.__benchReady) {
      frame.__benchReady = true;
      ready();
    }
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
