// Embed snippets for the builder page (and its tests): pure functions, every value escaped.

export const WIDGETS = {
  'mechanism-stepper': { name: 'Mechanism stepper', options: { step: 'number', 'show-all': 'boolean' } },
  'study-arms-chart': { name: 'Study-arms chart', options: { outcome: 'text', view: ['chart', 'panels', 'table'], highlight: 'text' } },
  'evidence-badge': { name: 'Evidence badge', options: { variant: ['compact', 'full'], open: 'boolean' } },
};
export const COMMON = { lang: ['en', 'es'], audience: ['patient', 'clinician'], theme: ['auto', 'light', 'dark'] };
const DEFAULTS = { lang: '', audience: 'patient', theme: 'auto', step: '0', view: 'chart', variant: 'compact' };

export const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Only known attributes with allowed values survive; empty values and defaults are dropped. */
export function cleanOptions(widget, options) {
  if (!WIDGETS[widget]) throw new Error(`unknown widget ${widget}`);
  const allowed = { ...COMMON, ...WIDGETS[widget].options };
  const clean = {};
  for (const [name, kind] of Object.entries(allowed)) {
    const value = options[name];
    if (value === undefined || value === '' || value === false || String(value) === DEFAULTS[name]) continue;
    if (Array.isArray(kind) && !kind.includes(value)) continue;
    if (kind === 'number' && !/^\d{1,3}$/.test(String(value))) continue;
    if (kind === 'boolean') clean[name] = true;
    else if (kind === 'text') {
      if (/^[\w-]{1,64}$/.test(String(value))) clean[name] = String(value);
    } else clean[name] = String(value);
  }
  return clean;
}

const attributes = (clean) =>
  Object.entries(clean)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');

/** Every way to embed the chosen widget; `base` is where dist/ is served, ending in a slash. */
export function buildSnippets({ widget, options = {}, base }) {
  const clean = cleanOptions(widget, options);
  const query = new URLSearchParams({ widget });
  for (const [name, value] of Object.entries(clean)) query.set(name, value === true ? 'true' : value);
  const shortcodeAttrs = Object.entries({ widget, ...clean })
    .map(([name, value]) => ` ${name.replace('-', '_')}="${escapeHtml(value === true ? 'true' : value)}"`)
    .join('');
  const tag = `<${widget}${attributes(clean)}></${widget}>`;
  return {
    // The loader imports only what the page uses (dist/chunks/ must sit beside it); the classic file is one request.
    script: `<script type="module" src="${escapeHtml(base)}loader.js"></script>\n${tag}`,
    classic: `<script src="${escapeHtml(base)}study-explainers.min.js" defer></script>\n${tag}`,
    iframe:
      `<iframe src="${escapeHtml(`${base}embed.html?${query}`)}" title="${escapeHtml(WIDGETS[widget].name)}" ` +
      `width="100%" height="600" frameborder="0" loading="lazy"></iframe>\n<script src="${escapeHtml(base)}resize.js" defer></script>`,
    npm: `// npm install study-explainers\nimport 'study-explainers/${widget}';\n\n// then, in your template:\n${tag}`,
    shortcode: `[study_explainer${shortcodeAttrs}]`,
  };
}
