// Embed snippets for the builder page (and its tests): pure functions, every value escaped.
// Widgets, their options, allowed values and defaults are the manifest's (src/manifest/).
import { COMMON_OPTIONS, WIDGETS } from '../dist/manifest/widgets.js';
import { LANGUAGES } from '../dist/i18n/languages.js';
import { escapeHtml as escapeText } from '../dist/prerender/text-fallback.js';
import { EMBED_MARKER } from '../dist/embed/embed-marker.js';

export { WIDGETS };

/** The options the builder offers for `widget`: the common ones an article page sets, then the widget's own. */
export function optionsOf(widget) {
  if (!Object.hasOwn(WIDGETS, widget)) throw new Error(`unknown widget ${widget}`);
  return { lang: COMMON_OPTIONS.lang, audience: COMMON_OPTIONS.audience, theme: COMMON_OPTIONS.theme, ...WIDGETS[widget].options };
}

/** The values an option may take, or null when any id or index of the document will do. */
const allowedValues = (option) => (option.kind === 'enum' ? option.values.map(String) : option.kind === 'language' ? LANGUAGES : null);

/** Any value as HTML text or an attribute value (the text fallback's escaping). */
export const escapeHtml = (value) => escapeText(String(value));

/** Only known attributes with allowed values survive; empty values and defaults are dropped. */
export function cleanOptions(widget, options) {
  const clean = {};
  for (const [name, option] of Object.entries(optionsOf(widget))) {
    const value = options[name];
    if (value === undefined || value === '' || value === false || String(value) === String(option.default)) continue;
    const allowed = allowedValues(option);
    if (allowed && !allowed.includes(String(value))) continue;
    if (option.kind === 'index' && !/^\d{1,3}$/.test(String(value))) continue;
    if (option.kind === 'boolean') clean[name] = true;
    else if (option.kind === 'id') {
      if (/^[\w-]{1,64}$/.test(String(value))) clean[name] = String(value);
    } else clean[name] = String(value);
  }
  return clean;
}

const attributes = (clean) =>
  Object.entries(clean)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');

/** The iframe's height before its page reports one: a widget's typical height, when none is known. */
const DEFAULT_FRAME_HEIGHT = 600;

/**
 * Every way to embed the chosen widget; `base` is where dist/ is served, ending in a slash.
 * `frameHeight` is the iframe page's expected height (the builder's preview, measured): an iframe
 * that has it from the start moves nothing when resize.js sets the same height.
 */
export function buildSnippets({ widget, options = {}, base, frameHeight }) {
  const height = Number.isInteger(frameHeight) && frameHeight > 0 ? frameHeight : DEFAULT_FRAME_HEIGHT;
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
      `<iframe src="${escapeHtml(`${base}embed.html?${query}`)}" title="${escapeHtml(WIDGETS[widget].title)}" ` +
      `width="100%" height="${height}" frameborder="0" loading="lazy" ${EMBED_MARKER}></iframe>\n<script src="${escapeHtml(base)}resize.js" defer></script>`,
    npm: `// npm install study-explainers\nimport 'study-explainers/${widget}';\n\n// then, in your template:\n${tag}`,
    shortcode: `[study_explainer${shortcodeAttrs}]`,
  };
}

/**
 * The off-page downloads for the chosen widget and settings: the handout, the social card and the
 * newsletter image, as links to the dev server's endpoint (bin/offpage/endpoint.js, `npm start`),
 * which draws them with the CLI's own code, and the same three as CLI commands for anywhere else.
 */
export function offPageDownloads({ widget, options = {} }) {
  const clean = cleanOptions(widget, options);
  const common = {};
  if (clean.lang) common.lang = clean.lang;
  if (clean.audience) common.audience = clean.audience;
  const step = widget === 'mechanism-stepper' && clean.step !== undefined ? String(Number(clean.step) + 1) : undefined;
  const link = (file, extra = {}) => `/offpage/${file}${Object.keys({ ...common, ...extra }).length ? `?${new URLSearchParams({ ...common, ...extra })}` : ''}`;
  const flags = Object.entries(common)
    .map(([name, value]) => ` --${name} ${value}`)
    .join('');
  return {
    links: [
      { kind: 'handout', label: 'Printable handout (PDF)', href: link('handout.pdf') },
      { kind: 'card', label: 'Social card (PNG, 1200 × 630)', href: link('card.png') },
      { kind: 'image', label: `Newsletter image of this widget (PNG, 600 px at 2×)`, href: link(`${widget}.png`, step ? { step } : {}) },
    ],
    commands: [
      `npx study-explainers handout${flags} --out handout.pdf`,
      `npx study-explainers card${flags} --out card.png`,
      `npx study-explainers image ${widget}${flags}${step ? ` --step ${step}` : ''} --out ${widget}.png`,
    ].join('\n'),
  };
}
