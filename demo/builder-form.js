// The builder's form, made from the widgets' manifest (src/manifest/): one radio per widget,
// one field per option with its label, allowed values and default. Nothing here names a widget.
import { WIDGETS } from '../dist/manifest/widgets.js';
import { LANGUAGE_NAMES } from '../dist/i18n/languages.js';
import { optionsOf } from './snippets.js';

function make(tag, props, children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/** The first choice of a list that may be left empty (all outcomes, no highlight, the page's language). */
const emptyChoice = (option) => new Option(option.choices?.[''] ?? '', '');

/** A picker for an option; id and index lists hold their empty choice until builder.js fills them from the document. */
function field(name, option) {
  if (option.kind === 'boolean') return make('label', {}, [make('input', { name, type: 'checkbox' }, []), ` ${option.label}`]);
  const words = { ...(option.kind === 'language' ? LANGUAGE_NAMES : {}), ...option.choices };
  const values = option.kind === 'enum' ? option.values.map(String) : option.kind === 'language' ? Object.keys(LANGUAGE_NAMES) : [];
  const first = option.kind === 'enum' ? [] : option.kind === 'index' ? [new Option('1', String(option.default))] : [emptyChoice(option)];
  const select = make('select', { name }, [...first, ...values.map((value) => new Option(words[value] ?? value, value))]);
  select.value = String(option.default);
  return make('label', {}, [`${option.label} `, select]);
}

/** Fills `form`'s #widgets and #fields: the widget choice, then every option once, marked with the widgets that have it. */
export function buildForm(form) {
  const tags = Object.keys(WIDGETS);
  form.querySelector('#widgets').append(
    ...tags.map((tag, i) => make('label', {}, [make('input', { type: 'radio', name: 'widget', value: tag, checked: i === 0 }, []), ` ${WIDGETS[tag].title}`])),
  );
  const options = new Map();
  for (const tag of tags) {
    for (const [name, option] of Object.entries(optionsOf(tag))) options.set(name, { option, tags: [...(options.get(name)?.tags ?? []), tag] });
  }
  const fields = form.querySelector('#fields');
  const base = fields.querySelector('label');
  for (const [name, { option, tags: owners }] of options) {
    const label = field(name, option);
    if (owners.length < tags.length) label.dataset.for = owners.join(' ');
    fields.insertBefore(label, base);
  }
}
