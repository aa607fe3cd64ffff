// Writes the bench pages into bench/pages/ (generated, not committed): the same article with
// the widgets as static HTML (the limit), pre-rendered and hydrated, by script tag (classic bundle and loader), by iframe,
// and a Chart.js version.
import { mkdirSync, writeFileSync } from 'node:fs';

const ARTICLE = `<h1>Transplant drug helped immunotherapy work in mice with breast cancer that had spread</h1>
<p>Some tumours wrap themselves in dense connective tissue that keeps cancer-killing immune cells out. In a study in
mice, plerixafor thinned that tissue and let more immune cells reach the tumours.</p>`;

/** One bench page: the article's head, then `body` (the widgets, and for the layout-shift pages the article's text after them). */
export const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><script src="/bench/record.js"></script>${head}
<style>body{margin:0 auto;max-width:42rem;padding:1rem;font:18px/1.6 Georgia,serif}</style></head>
<body>${ARTICLE}${body}</body></html>`;

const widgets = (sets) =>
  Array.from({ length: sets }, () => '<evidence-badge></evidence-badge><mechanism-stepper></mechanism-stepper><study-arms-chart></study-arms-chart>').join('\n');

/** `staticWidgets` is the serialised output of the three rendered widgets (declarative shadow DOM). */
export function writePages(staticWidgets) {
  mkdirSync('bench/pages', { recursive: true });
  const files = {
    'static.html': page('Static', '', staticWidgets),
    'script.html': page('Script embed', '<script src="/dist/study-explainers.min.js" defer></script>', widgets(1)),
    // The static markup, hydrated by the classic bundle (what `study-explainers render` and the WordPress plugin give).
    'prerendered.html': page('Pre-rendered + classic bundle', '<script src="/dist/study-explainers.min.js" defer></script>', staticWidgets),
    // The same markup hydrated by the loader (the README's recommended pairing): it hydrates after first paint.
    'prerendered-loader.html': page('Pre-rendered + loader', '<script type="module" src="/dist/loader.js"></script>', staticWidgets),
    // The ES-module loader (the default embed): one chunk per element and per language used.
    'loader.html': page('Loader embed', '<script type="module" src="/dist/loader.js"></script>', widgets(1)),
    'iframe.html': page(
      'iframe embed',
      '<script src="/dist/resize.js" defer></script><style>iframe{width:100%;border:0;display:block}</style>',
      ['evidence-badge', 'mechanism-stepper', 'study-arms-chart']
        .map((w) => `<iframe src="/dist/embed.html?widget=${w}&childId=${w}" title="${w}"></iframe>`)
        .join('\n'),
    ),
    'chartjs.html': page(
      'Chart.js',
      '<script src="/bench/pages/chartjs-app.js" defer></script>',
      '<figure><figcaption>Long-term remissions in mice: both drugs vs checkpoint inhibitors alone</figcaption><canvas id="chart" width="600" height="300" role="img" aria-label="Bar chart"></canvas></figure>',
    ),
  };
  files['blank.html'] = page('No widgets', '', '');
  for (const sets of [1, 10, 100]) {
    files[`scale-${sets}.html`] = page(`${sets} sets`, '<script src="/dist/study-explainers.min.js" defer></script>', widgets(sets));
  }
  for (const [name, html] of Object.entries(files)) writeFileSync(`bench/pages/${name}`, html);
  return Object.keys(files);
}
