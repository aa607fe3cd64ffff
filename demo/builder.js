// The builder page: reads the form, previews the real widget, shows copyable snippets.
import { WIDGETS, buildSnippets, cleanOptions, escapeHtml, offPageDownloads, optionsOf } from './snippets.js';
import { declarativeHtml } from '../dist/prerender/declarative-html.js';
import { textFallback } from '../dist/prerender/text-fallback.js';
import { buildForm } from './builder-form.js';
import { LANGUAGE_NAMES } from '../dist/i18n/languages.js';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const list = document.getElementById('snippets');
const status = document.getElementById('copy-status');
const downloads = document.getElementById('downloads');
const offPageCommands = document.getElementById('offpage-commands');
const LABELS = {
  script: 'Script tag',
  classic: 'One classic file (hosts that cannot serve a folder)',
  prerendered: 'Pre-rendered HTML (reads without JavaScript)',
  iframe: 'iframe (CMSs that strip scripts)',
  npm: 'npm / React / Vue',
  shortcode: 'WordPress shortcode',
};
buildForm(form);
form.elements.base.value = new URL('../dist/', location.href).href;

function readForm() {
  const data = new FormData(form);
  const widget = data.get('widget');
  const options = {};
  for (const [name, value] of data) if (name !== 'widget' && name !== 'base') options[name] = value === 'on' ? true : value;
  return { widget, options, base: String(data.get('base') || '').replace(/\/?$/, '/') };
}

/** The built-in document in each language the form has asked for (its lists, and the pre-rendered snippet's text). */
const documents = {};

/** Text of the document for the builder's lists: the patient wording when it has two. */
const plain = (text) => (typeof text === 'string' ? text : (text?.patient ?? ''));

/**
 * Fills the outcome and arm lists from the built-in document in the chosen language, so ids are
 * picked, never typed (a typo would silently show every outcome). Keeps the current choice.
 */
async function fillIdLists() {
  const lang = form.elements.lang.value || Object.keys(LANGUAGE_NAMES)[0];
  let doc;
  try {
    const response = await fetch(new URL(`../dist/content/plerixafor-2019.${lang}.json`, location.href));
    if (!response.ok) return;
    doc = await response.json();
  } catch {
    return; // the lists keep "All outcomes" / "None"
  }
  documents[lang] = doc;
  // Every option that names an item of the document (kind id or index, `of` its list's path).
  const listed = new Map(Object.keys(WIDGETS).flatMap((tag) => Object.entries(optionsOf(tag))).filter(([, option]) => option.of));
  for (const [name, option] of listed) {
    const select = form.elements[name];
    const items = option.of.split('.').reduce((at, key) => at?.[key], doc) ?? [];
    const chosen = select.value;
    const choices = items.map((item, i) =>
      option.kind === 'index' ? new Option(`${i + 1}. ${plain(item.title)}`, String(i)) : new Option(`${plain(item.shortLabel ?? item.label)} (${item.id})`, item.id),
    );
    select.replaceChildren(...(option.kind === 'index' ? [] : [select.options[0]]), ...choices);
    select.value = [...select.options].some((o) => o.value === chosen) ? chosen : select.options[0].value;
  }
  update();
}

/**
 * The snippet boxes are built once; updates change only their code text, so a Copy button under
 * the pointer is never replaced (the `change` event of the field being left fires between the
 * button's mousedown and its click, and a new button would lose that click).
 */
const boxes = new Map();
for (const kind of Object.keys(LABELS)) {
  const box = document.createElement('section');
  box.className = 'snippet';
  const title = document.createElement('h3');
  title.textContent = LABELS[kind];
  const pre = document.createElement('pre');
  const codeEl = document.createElement('code');
  pre.append(codeEl);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = `Copy ${LABELS[kind].split(' (')[0]} code`;
  copy.addEventListener('click', async () => {
    const code = codeEl.textContent; // what the reader sees now
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren(codeEl);
      status.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected code.';
    }
  });
  box.append(title, pre, copy);
  boxes.set(kind, { box, codeEl });
}
list.replaceChildren(...[...boxes.values()].map(({ box }) => box));

let previewMarkup = '';

function update() {
  const { widget, options, base } = readForm();
  for (const label of form.querySelectorAll('[data-for]')) label.hidden = !label.dataset.for.split(' ').includes(widget);
  const own = Object.keys(optionsOf(widget));
  const relevant = Object.fromEntries(Object.entries(options).filter(([k]) => own.includes(k)));
  // A new preview re-renders and may change height; redo it only when its markup changes, so the
  // `change` that follows the `input` events moves nothing under the pointer of a Copy click.
  const element = document.createElement(widget);
  for (const [name, value] of Object.entries(cleanOptions(widget, relevant))) element.setAttribute(name, value === true ? '' : value);
  if (element.outerHTML !== previewMarkup) {
    previewMarkup = element.outerHTML;
    preview.replaceChildren(element);
  }
  const snippets = { ...buildSnippets({ widget, options: relevant, base, frameHeight: frameHeight(preview.firstElementChild) }), prerendered: prerendered(preview.firstElementChild, base) };
  for (const [kind, code] of Object.entries(snippets)) {
    const { codeEl } = boxes.get(kind);
    if (codeEl.textContent !== code) codeEl.textContent = code;
  }
  showDownloads(offPageDownloads({ widget, options: relevant }));
}

/** The off-page links and commands for the current settings; links change only when their address does. */
function showDownloads({ links, commands }) {
  if (downloads.dataset.hrefs !== links.map((l) => l.href).join(' ')) {
    downloads.dataset.hrefs = links.map((l) => l.href).join(' ');
    downloads.replaceChildren(
      ...links.map(({ label, href }) => {
        const item = document.createElement('li');
        const anchor = Object.assign(document.createElement('a'), { href, textContent: label });
        anchor.download = href.split('/').pop().split('?')[0];
        item.append(anchor);
        return item;
      }),
    );
  }
  if (offPageCommands.textContent !== commands) offPageCommands.textContent = commands;
}

/**
 * The preview as declarative shadow DOM, with the loader to hydrate it after the page's first
 * paint (the served copy stays until the live one replaces it in one task, so nothing moves),
 * and the widget's plain text inside the element after its shadow root, as `render --text` and
 * WordPress write it: feed readers and browsers without declarative shadow DOM show that text,
 * the drawn copy hides it. Ready once the preview has rendered (and its document has loaded).
 */
function prerendered(element, base) {
  const doc = documents[element?.getAttribute('lang') || Object.keys(LANGUAGE_NAMES)[0]];
  if (!element?.shadowRoot?.querySelector('[part~="source"]') || !doc) return 'The pre-rendered HTML appears here once the preview has rendered.';
  // Serialised once per preview element (a changed option makes a new one): typing in the base
  // field redoes only the script line, not a copy of the whole shadow tree per keystroke.
  if (served.element !== element) {
    const text = textFallback(doc, element.localName, { audience: element.getAttribute('audience') ?? undefined });
    served = { element, html: declarativeHtml(element, undefined, text) };
  }
  return `<script type="module" src="${escapeHtml(base)}loader.js"></script>\n${served.html}`;
}
let served = { element: null, html: '' };

/**
 * The height of the iframe page for the rendered preview, as embed.js reports it: the widget with
 * its block margins, and the page's 1 px padding above and below (src/embed/embed.css). Exact for
 * a column as wide as the preview; undefined before the preview has rendered.
 */
function frameHeight(element) {
  if (!element?.shadowRoot?.querySelector('[part~="source"]')) return undefined;
  const style = getComputedStyle(element);
  return Math.ceil(element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom)) + 2;
}

// The pre-rendered snippet is read off the preview, so it follows each render.
preview.addEventListener('explainer-ready', () => update());

form.addEventListener('input', update);
form.addEventListener('change', (event) => {
  if (event.target === form.elements.lang) fillIdLists();
  update();
});
update();
fillIdLists();
