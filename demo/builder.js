// The builder page: reads the form, previews the real widget, shows copyable snippets.
import { WIDGETS, buildSnippets, cleanOptions } from './snippets.js';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const list = document.getElementById('snippets');
const status = document.getElementById('copy-status');
const LABELS = { script: 'Script tag', iframe: 'iframe (CMSs that strip scripts)', npm: 'npm / React / Vue', shortcode: 'WordPress shortcode' };
form.elements.base.value = new URL('../dist/', location.href).href;

function readForm() {
  const data = new FormData(form);
  const widget = data.get('widget');
  const options = {};
  for (const [name, value] of data) if (name !== 'widget' && name !== 'base') options[name] = value === 'on' ? true : value;
  return { widget, options, base: String(data.get('base') || '').replace(/\/?$/, '/') };
}

function update() {
  const { widget, options, base } = readForm();
  for (const label of form.querySelectorAll('[data-for]')) label.hidden = label.dataset.for !== widget;
  const own = Object.keys(WIDGETS[widget].options);
  const relevant = Object.fromEntries(Object.entries(options).filter(([k]) => !form.querySelector(`[data-for] [name="${k}"]`) || own.includes(k)));
  const element = document.createElement(widget);
  for (const [name, value] of Object.entries(cleanOptions(widget, relevant))) element.setAttribute(name, value === true ? '' : value);
  preview.replaceChildren(element);
  const snippets = buildSnippets({ widget, options: relevant, base });
  list.replaceChildren(
    ...Object.entries(snippets).map(([kind, code]) => {
      const box = document.createElement('section');
      box.className = 'snippet';
      const title = document.createElement('h3');
      title.textContent = LABELS[kind];
      const pre = document.createElement('pre');
      const codeEl = document.createElement('code');
      codeEl.textContent = code;
      pre.append(codeEl);
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.textContent = `Copy ${LABELS[kind].split(' (')[0]} code`;
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(code);
          status.textContent = 'Copied.';
        } catch {
          getSelection().selectAllChildren(codeEl);
          status.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected code.';
        }
      });
      box.append(title, pre, copy);
      return box;
    }),
  );
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
