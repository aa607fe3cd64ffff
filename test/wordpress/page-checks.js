// Checks that run against a loaded page (puppeteer-core): widget upgrade, language, audience,
// theme and options; axe; console and network. Shared by the front-end and editor checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const TAGS_SELECTOR = 'mechanism-stepper, study-arms-chart, evidence-badge';

/** Letters and digits only, lower case: survives texturize, entities and markup differences. */
export const norm = (text) =>
  String(text)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();

/** Every reader-facing text in a part of a document: pairs for { patient, clinician }, strings as is. */
export function collectTexts(node, out = { pairs: [], strings: [] }) {
  if (typeof node === 'string') out.strings.push(node);
  else if (Array.isArray(node)) node.forEach((item) => collectTexts(item, out));
  else if (node && typeof node === 'object') {
    const keys = Object.keys(node);
    if (keys.length === 2 && typeof node.patient === 'string' && typeof node.clinician === 'string') {
      out.pairs.push(node);
      out.strings.push(node.patient, node.clinician);
    } else {
      for (const [key, value] of Object.entries(node)) {
        if (!['id', 'claims', 'kind', 'arm', 'to', 'relation', 'scene', 'lang', 'schemaVersion', 'focus'].includes(key)) collectTexts(value, out);
      }
    }
  }
  return out;
}

export function widgetSection(doc, widget) {
  if (widget === 'mechanism-stepper') return doc.mechanism;
  if (widget === 'study-arms-chart') return doc.arms;
  return { evidence: doc.evidence, headline: doc.study.headline };
}

/** Collects console messages, page errors and requests of a page. */
export function watchPage(page) {
  const log = { console: [], errors: [], requests: [], failed: [] };
  page.on('console', (message) => {
    const location = message.location?.()?.url ?? '';
    log.console.push({ type: message.type(), text: message.text(), url: location });
  });
  page.on('pageerror', (error) => log.errors.push({ text: String(error?.message ?? error), stack: String(error?.stack ?? '') }));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) => log.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  return log;
}

const OURS = /study-explainers|<?(mechanism-stepper|study-arms-chart|evidence-badge)>?/;

/** Console errors (and our own warnings) split into ours and others. */
export function consoleProblems(log) {
  const ours = [];
  const others = [];
  for (const entry of log.console) {
    if (entry.type !== 'error' && entry.type !== 'warn' && entry.type !== 'warning') continue;
    const mine = OURS.test(entry.text) || OURS.test(entry.url);
    if (mine) ours.push(`${entry.type}: ${entry.text}`);
    else if (entry.type === 'error') others.push(entry.text);
  }
  for (const error of log.errors) {
    if (OURS.test(error.text) || OURS.test(error.stack)) ours.push(`pageerror: ${error.text}`);
    else others.push(`pageerror: ${error.text}`);
  }
  return { ours, others };
}

/** Waits until every widget on the page has rendered its content (or an error). */
export async function waitForWidgets(page, root = 'document', timeout = 15000) {
  await page.waitForFunction(
    (rootExpr, selector) => {
      const scope = rootExpr === 'document' ? document : document.querySelector(rootExpr);
      if (!scope) return false;
      const elements = [...scope.querySelectorAll(selector)];
      return (
        elements.length > 0 &&
        elements.every((el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('.root') && !el.shadowRoot.querySelector('.root > .loading'))
      );
    },
    { timeout, polling: 100 },
    root,
    TAGS_SELECTOR,
  );
}

/** What each widget on the page shows: attributes, resolved settings, text, visibility facts. */
export function describeWidgets(page, probes) {
  return page.evaluate(
    (selector, probes) => {
      const norm = (text) =>
        String(text)
          .normalize('NFC')
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()
          .toLowerCase();
      const luminance = (color) => {
        const m = color.match(/[\d.]+/g);
        if (!m) return null;
        const [r, g, b] = m.slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const visibleText = (shadow, wanted) => {
        // Is some element whose own text includes `wanted` rendered (checkVisibility)?
        const target = norm(wanted);
        const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_ELEMENT);
        let found = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!norm(node.textContent).includes(target)) continue;
          const child = [...node.children].some((c) => norm(c.textContent).includes(target));
          if (!child && node.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true })) found = true;
        }
        return found;
      };
      return [...document.querySelectorAll(selector)].map((el, index) => {
        const shadow = el.shadowRoot;
        const root = shadow?.querySelector('.root');
        const attrs = {};
        for (const attr of el.attributes) attrs[attr.name] = attr.value;
        const probe = probes?.[index] ?? {};
        return {
          tag: el.localName,
          upgraded: Boolean(customElements.get(el.localName) && root),
          attrs,
          props: { step: el.step, showAll: el.showAll, open: el.open, view: el.view, outcome: el.outcome, highlight: el.highlight, variant: el.variant },
          rootLang: root?.getAttribute('lang') ?? null,
          rootClass: root?.className ?? '',
          background: root ? luminance(getComputedStyle(root).backgroundColor) : null,
          text: shadow ? norm([...shadow.childNodes].filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join(' ')) : '',
          visible: Object.fromEntries((probe.visible ?? []).map((text) => [text, shadow ? visibleText(shadow, text) : false])),
          firstHeading: shadow?.querySelector('h1, h2, h3, h4, h5, h6')?.localName ?? null,
          visibleTable: Boolean(shadow && [...shadow.querySelectorAll('table')].some((t) => t.checkVisibility({ checkVisibilityCSS: true }))),
          fallbackVisible: [...el.querySelectorAll('.study-explainer-fallback')].some((f) => f.checkVisibility()),
        };
      });
    },
    TAGS_SELECTOR,
    probes,
  );
}

/** Texts whose visibility tells whether an option works (checked in the page). */
export function probesFor(instance, docs) {
  const expect = instance.expect;
  const doc = docs[expect.lang];
  const audience = expect.audience ?? 'patient';
  const t = (text) => (typeof text === 'string' ? text : text[audience]);
  const visible = [];
  if (instance.widget === 'mechanism-stepper') {
    const steps = doc.mechanism.steps.map((step) => t(step.title));
    if (expect['show-all']) visible.push(...steps);
    else visible.push(steps[Number(expect.step ?? 0)]);
  } else if (instance.widget === 'study-arms-chart' && expect.outcome) {
    visible.push(t(doc.arms.outcomes.find((outcome) => outcome.id === expect.outcome).label));
  } else if (instance.widget === 'evidence-badge' && (expect.open || expect.variant === 'full')) {
    visible.push(t(doc.evidence.details[0].text));
  }
  return { visible };
}

/** Compares one rendered widget with what its instance asked for; returns a list of problems. */
export function widgetProblems(instance, seen, docs) {
  const problems = [];
  const expect = instance.expect;
  const lang = expect.lang;
  const audience = expect.audience ?? 'patient';
  const theme = expect.theme ?? 'auto';
  if (seen.tag !== instance.widget) return [`expected <${instance.widget}>, found <${seen.tag}>`];
  if (!seen.upgraded) return ['did not upgrade (no rendered shadow root)'];
  for (const [name, value] of Object.entries(expect)) {
    const actual = seen.attrs[name];
    if (value === true ? actual === undefined : actual !== value) problems.push(`attribute ${name}=${JSON.stringify(actual)}, wanted ${JSON.stringify(value)}`);
  }
  if (seen.rootLang !== lang) problems.push(`renders lang ${seen.rootLang}, wanted ${lang}`);
  if (!seen.rootClass.split(/\s+/).includes(`theme-${theme}`)) problems.push(`root class "${seen.rootClass}" lacks theme-${theme}`);
  if (theme === 'dark' && !(seen.background < 0.1)) problems.push(`dark theme but background luminance ${seen.background}`);
  if (theme === 'light' && !(seen.background > 0.6)) problems.push(`light theme but background luminance ${seen.background}`);
  const level = instance.level ?? Number(expect['heading-level'] ?? 3);
  if (seen.firstHeading && seen.firstHeading !== `h${level}`) problems.push(`first heading is <${seen.firstHeading}>, wanted <h${level}>`);
  if (seen.fallbackVisible) problems.push('the text fallback is still visible after upgrade');

  // Language: strings of this widget's part of the document in the wanted language vs the other.
  const other = lang === 'es' ? 'en' : 'es';
  const mine = collectTexts(widgetSection(docs[lang], instance.widget));
  const theirs = collectTexts(widgetSection(docs[other], instance.widget));
  const theirSet = new Set(theirs.strings.map(norm));
  const mineSet = new Set(mine.strings.map(norm));
  const langHits = [...mineSet].filter((s) => s.length > 12 && !theirSet.has(s) && seen.text.includes(s)).length;
  const otherHits = [...theirSet].filter((s) => s.length > 12 && !mineSet.has(s) && seen.text.includes(s)).length;
  if (!(langHits > 0 && langHits > otherHits)) problems.push(`language: ${langHits} ${lang} texts shown vs ${otherHits} ${other} texts`);

  // Audience: texts that differ between patient and clinician.
  const otherAudience = audience === 'patient' ? 'clinician' : 'patient';
  const pairs = mine.pairs.filter((pair) => norm(pair.patient) !== norm(pair.clinician));
  const audienceHits = pairs.filter((pair) => seen.text.includes(norm(pair[audience]))).length;
  const otherAudienceHits = pairs.filter((pair) => seen.text.includes(norm(pair[otherAudience]))).length;
  if (!(audienceHits > otherAudienceHits)) problems.push(`audience: ${audienceHits} ${audience} texts shown vs ${otherAudienceHits} ${otherAudience} texts`);

  // Options.
  for (const [text, shown] of Object.entries(seen.visible)) if (!shown) problems.push(`not visible: "${text.slice(0, 60)}"`);
  if (instance.widget === 'mechanism-stepper' && seen.props.step !== Number(expect.step ?? 0)) problems.push(`step property ${seen.props.step}`);
  if (instance.widget === 'mechanism-stepper' && seen.props.showAll !== Boolean(expect['show-all'])) problems.push(`showAll property ${seen.props.showAll}`);
  if (instance.widget === 'study-arms-chart' && expect.view === 'table' && !seen.visibleTable) problems.push('view=table but no visible table');
  if (instance.widget === 'evidence-badge' && seen.props.open !== Boolean(expect.open)) problems.push(`open property ${seen.props.open}`);
  return problems;
}

/** Runs axe; violations inside our widgets or caused by our markup fail, the rest are reported. */
export async function runAxe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    const ours = [];
    const others = [];
    for (const violation of result.violations) {
      for (const node of violation.nodes) {
        const first = node.target[0];
        const host = typeof first === 'string' ? document.querySelector(first) : null;
        // A target inside a shadow root is a list of selectors: host first. Ours are the only shadow roots in a post.
        const mine =
          Array.isArray(first) ||
          Boolean(host?.closest(`${selector}, .study-explainer, .study-explainer-fallback`)) ||
          /study-explainer|mechanism-stepper|study-arms-chart|evidence-badge/.test(node.html);
        (mine ? ours : others).push(`${violation.id} (${violation.impact}): ${JSON.stringify(node.target)}`);
      }
    }
    return { ours, others, passes: result.passes.length };
  }, TAGS_SELECTOR);
}

/** Element attributes of our widgets in server HTML, in order. */
export function widgetsInHtml(html) {
  const found = [];
  const pattern = /<(mechanism-stepper|study-arms-chart|evidence-badge)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
  for (const match of html.matchAll(pattern)) {
    const attrs = {};
    for (const attr of (match[2] ?? '').matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) attrs[attr[1]] = attr[2] === undefined ? true : attr[2];
    found.push({ tag: match[1], attrs, inner: match[3] });
  }
  return found;
}

export function decodeEntities(html) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return named[code.toLowerCase()] ?? whole;
  });
}

export const textOfHtml = (html) => norm(decodeEntities(html.replace(/<[^>]+>/g, ' ')));

/** What the server's text fallback must hold for an instance; returns problems. */
export function fallbackProblems(instance, inner, docs) {
  const { expect } = instance;
  const doc = docs[expect.lang];
  const audience = expect.audience ?? 'patient';
  const t = (text) => (typeof text === 'string' ? text : text[audience]);
  const problems = [];
  if (!/class="study-explainer-fallback"/.test(inner)) return ['no .study-explainer-fallback inside the element'];
  const text = textOfHtml(inner);
  const want = [];
  if (instance.widget === 'mechanism-stepper') {
    want.push(t(doc.mechanism.title), ...doc.mechanism.steps.map((step) => t(step.title)), t(doc.mechanism.steps[0].body));
    const items = (inner.match(/<ol class="study-explainer-steps">([\s\S]*?)<\/ol>/)?.[1].match(/<li>/g) ?? []).length;
    if (items !== doc.mechanism.steps.length) problems.push(`ordered list has ${items} steps, document has ${doc.mechanism.steps.length}`);
  } else if (instance.widget === 'study-arms-chart') {
    want.push(t(doc.arms.title));
    const outcomes = expect.outcome ? doc.arms.outcomes.filter((o) => o.id === expect.outcome) : doc.arms.outcomes;
    want.push(...outcomes.map((o) => t(o.label)));
  } else {
    want.push(t(doc.study.headline), t(doc.evidence.summary.text));
  }
  want.push(doc.study.title);
  for (const wanted of want) if (!text.includes(norm(wanted))) problems.push(`fallback lacks "${wanted.slice(0, 60)}"`);
  if (doc.study.doi && !inner.includes(`href="https://doi.org/${doc.study.doi}"`)) problems.push('fallback lacks the DOI link');
  return problems;
}
