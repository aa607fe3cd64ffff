/// <reference types="node" />
/**
 * study-explainers/server: pre-rendered HTML of a widget in Node, with Lit's own server renderer
 * (@lit-labs/ssr): the element with its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`), so a page shows it before, or without, any script. No
 * browser. Built to dist/server.js with the browser bundle's template minifier
 * (rollup.config.js), so its markup and CSS are the browser's.
 *
 * The output is deterministic (same request, same bytes): Lit's hydration markers go, since the
 * element never hydrates with Lit; it renders afresh over the served copy, in the same task
 * (src/base/explainer-element.ts: no flash, no shift).
 */
import { createHash } from 'node:crypto';
import { render as renderLit } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { TAGS, WIDGETS, type Tag } from '../manifest/widgets.js';
import { DEFAULT_LANGUAGE, supportedLanguage } from '../i18n/languages.js';
import { escapeHtml, textFallback } from '../prerender/text-fallback.js';
import { inlineJson } from '../prerender/declarative-html.js';
import { pick } from '../base/content-request.js';
import type { Audience, ExplainerDocument } from '../content/types.js';
import { requestProblem } from './request-problem.js';
import { setContentSources } from '../base/content-sources.js';
import { staticSources } from '../base/static-sources.js';
import { MechanismStepper } from '../components/mechanism-stepper/mechanism-stepper.js';
import { StudyArmsChart } from '../components/study-arms-chart/study-arms-chart.js';
import { EvidenceBadge } from '../components/evidence-badge/evidence-badge.js';
import { takeServerRules } from './server-styles.js';
import { acceptNow } from './load-now.js';

export { TAGS, type Tag };

/** One widget to render. */
export interface RenderRequest {
  tag: Tag;
  /** An explainer document, or one per language (default: the built-in study); it goes along as inline JSON. */
  document?: unknown;
  /** The widget's language (default `en`); a server render never reads a page's. */
  lang?: string;
  /** `patient` (the default) or `clinician`. */
  audience?: string;
  /** Other attributes: `{ step: '2' }`, `{ view: 'table' }`, `{ variant: 'full', open: '' }`. */
  attributes?: Readonly<Record<string, string | number | boolean>>;
  /**
   * Also the widget's plain-text version inside the element (light DOM, after the shadow root), as
   * the WordPress plugin prints it: what feed readers, reader views and browsers without
   * declarative shadow DOM show. The drawn copy hides it, so the box and the picture stay the same.
   */
  text?: boolean;
}

/**
 * The classes the renderer draws with. Registered without the define modules, which warn in
 * server code (src/base/define.ts); a tag another copy registered first keeps its class.
 */
const ELEMENTS: Record<Tag, CustomElementConstructor> = {
  'mechanism-stepper': MechanismStepper,
  'study-arms-chart': StudyArmsChart,
  'evidence-badge': EvidenceBadge,
};
setContentSources(staticSources);
for (const tag of TAGS) if (!customElements.get(tag)) customElements.define(tag, ELEMENTS[tag]);

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Lit's hydration markers (`<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node N-->`), the
 * `<?>` it ends some templates with, and the legacy `shadowroot` attribute beside `shadowrootmode`.
 */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>| shadowroot="open"/g;

/**
 * The HTML of one widget. Throws an Error that names the problem for an unknown tag, language or
 * audience, a `src` (a synchronous render cannot fetch: read the document and pass it), or a
 * document the widgets refuse (its JSON path and message, as `study-explainers validate` gives).
 */
export function render(request: RenderRequest): string {
  const { tag, document, lang = DEFAULT_LANGUAGE, audience, attributes = {}, text = false } = request;
  if (!(TAGS as readonly string[]).includes(tag)) throw new Error(`unknown widget '${tag}' (one of ${TAGS.join(', ')})`);
  const problem = requestProblem(lang, audience);
  if (problem) throw new Error(problem);
  const language = supportedLanguage(lang)!;
  const attrs: Record<string, string | number | boolean> = { ...attributes, lang, ...(audience === undefined ? {} : { audience }) };
  for (const name of Object.keys(attrs)) if (!ATTRIBUTE_NAME.test(name)) throw new Error(`attribute '${name}': not an attribute name`);
  if ('src' in attrs) throw new Error('src: a server render cannot fetch; read the document and pass it as `document`');
  const hasDocument = document !== undefined && document !== null;
  // The check the element makes (a list is checked in the document for `lang`).
  const checked = hasDocument ? acceptNow(document, language, WIDGETS[tag].section) : undefined;
  if (checked && !checked.ok) throw new Error(`${checked.problem.path || '(document)'}: ${checked.problem.message}`);
  const attrText = Object.entries(attrs)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(String(value))}"`))
    .join(' ');
  const name = unsafeStatic(tag);
  takeServerRules();
  // Tag and attributes are static parts (checked above), so the element is one Lit renders as its own.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const rendered = collectResultSync(renderLit(html`<${name} ${unsafeStatic(attrText)} .data=${hasDocument ? document : undefined}></${name}>`));
  const rules = takeServerRules();
  const clean = rendered
    .replace(LIT_MARKERS, '')
    // The opening tag as a browser writes it: the space left by the template's bindings goes (its
    // attributes, lang at least, are ours, one space apart, their values escaped: no '>' inside).
    .replace(/^<([a-z-]+)\s+([^>]*?)\s*>/, '<$1 $2>');
  if (/class="error"/.test(clean)) throw new Error(`<${tag}> rendered its error state`);
  const styled = rules.length ? clean.replace('</style>', `\n${rules.join('\n')}</style>`) : clean;
  // As the browser serialiser does (src/prerender/declarative-html.ts): the element hydrates with the same content.
  const shown = checked?.ok ? checked.document : pick((document ?? staticSources.defaultDocuments(language, WIDGETS[tag].section)) as ExplainerDocument[], language).document;
  const plain = text ? textFallback(shown as ExplainerDocument, tag, { lang: language, audience: audience as Audience | undefined }) : '';
  return `${styled.slice(0, -`</${tag}>`.length)}${inlineJson(document)}${plain}</${tag}>`;
}

/** The HTML of several widgets, in order. */
export function renderMany(requests: readonly RenderRequest[]): string[] {
  return requests.map(render);
}

/**
 * The CSP sources (`'sha256-…'`) that allow the `<style>` elements of pre-rendered `html` under
 * a strict `style-src`, one per distinct element, in order of appearance.
 */
export function styleHashes(html: string): string[] {
  const texts = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  return [...new Set(texts.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`))];
}
