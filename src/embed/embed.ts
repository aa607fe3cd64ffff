import { pymMessage } from './pym-message.js';
import { wordpressHeightMessage, wordpressSecret } from './wordpress-message.js';
import { COMMON_OPTIONS, TAGS, WIDGETS, type Tag } from '../manifest/widgets.js';
import { DEFAULT_LANGUAGE, supportedLanguage } from '../i18n/languages.js';
import { embedPageStrings } from '../i18n/common.strings.js';

/**
 * dist/embed.js, the script of dist/embed.html (no inline script, so strict CSPs allow it):
 * renders the one widget named in the query and tells the parent page its height in Pym.js's
 * format (and, when framed by WordPress, in WordPress's embed format) every time it changes. Query values are checked; a bad widget name shows an error page.
 */
/** Attributes the query may set, per widget (the manifest's options, and `src`); the element validates the values itself. */
const attributesOf = (tag: Tag) => ({ ...COMMON_OPTIONS, src: { kind: 'url' }, ...WIDGETS[tag].options });

const params = new URLSearchParams(location.search);

/** The longest query value passed on: a longer one is refused, never cut (a cut URL can point elsewhere). */
const MAX_VALUE_CHARS = 2000;

/**
 * `value` as the absolute URL the element will fetch, when it is on this page's origin and names
 * no user (a user name only serves to make another host look like part of the address); else null.
 */
function sameOriginUrl(value: string): string | null {
  try {
    const url = new URL(value, location.href);
    return url.origin === location.origin && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}
const childId = (params.get('childId') ?? params.get('id') ?? 'study-explainer').slice(0, 100);
const main = document.querySelector('main') ?? document.body;

const secret = wordpressSecret(location.hash);

function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (window.parent === window) return;
  window.parent.postMessage(pymMessage(childId, 'height', height), '*');
  if (secret) window.parent.postMessage(wordpressHeightMessage(secret, height), '*');
}


function showError(message: string) {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.textContent = embedPageStrings[supportedLanguage(params.get('lang')) ?? DEFAULT_LANGUAGE].notShown;
  const detail = document.createElement('p');
  detail.textContent = message;
  box.append(title, detail);
  main.append(box);
  console.warn(`[study-explainers] embed: ${message}`);
}

const widget = params.get('widget') ?? '';
if (Object.hasOwn(WIDGETS, widget)) {
  const tag = widget as Tag;
  const element = document.createElement(tag);
  // The iframe page has no heading of its own: the widget's heading is the page's top one.
  if (!params.has('heading-level')) element.setAttribute('heading-level', '2');
  for (const [name, option] of Object.entries(attributesOf(tag))) {
    const given = params.get(name);
    if (given === null) continue;
    // Anyone can link to embed.html: a foreign src would show their text under this site's name.
    // What is checked is what the element gets (the resolved URL); the element checks redirects
    // itself (the page's study-explainers-src meta).
    const value = name === 'src' ? sameOriginUrl(given) : given;
    if (value === null) {
      showError(`Only documents from ${location.origin} can be shown here.`);
      continue;
    }
    if (value.length > MAX_VALUE_CHARS) {
      showError(`The value of '${name}' is longer than ${MAX_VALUE_CHARS} characters.`);
      continue;
    }
    if (option.kind === 'boolean') {
      if (value !== 'false' && value !== '0') element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  }
  const lang = params.get('lang');
  if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.style.colorScheme = theme;
  main.append(element);
} else {
  showError(`Unknown widget '${widget.slice(0, 60)}'. Use one of: ${TAGS.join(', ')}.`);
}

new ResizeObserver(postHeight).observe(document.documentElement);
window.addEventListener('load', postHeight);
