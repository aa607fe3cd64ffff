/**
 * A widget's part of a document as plain, escaped HTML: the text a page puts inside the element
 * for readers without JavaScript and for search engines (the element hides it once it renders).
 * Pure and DOM-free, so a build script or a server can call it. It never writes study text of its
 * own: every word is the document's or one of the elements' UI strings, and a step the document
 * flags `inMice` carries the document's own mark for its animals ("In rats"), as the stepper
 * shows it. The UI words are in the document's language, as the elements speak. The WordPress plugin's PHP fallback
 * (cms/wordpress/study-explainers/includes/content.php) shares its class names.
 */
import { DEFAULT_LANGUAGE, supportedLanguage, type Language } from '../i18n/languages.js';
import { format } from '../util/format.js';
import { textFor } from '../content/text.js';
import { formatDate } from '../i18n/locale.js';
import { strings, type UiStrings } from '../strings.js';
import type { Audience, ExplainerDocument, Text } from '../content/types.js';
import type { Tag } from '../manifest/widgets.js';
import { pillWords } from '../components/evidence-badge/pill-words.js';
import { sourceWords } from '../base/source-words.js';
import { stepMark } from '../components/mechanism-stepper/step-mark.js';

/** An element's tag (src/manifest/widgets.ts): the table below needs one entry per widget. */
export type FallbackTag = Tag;

export interface TextFallbackOptions {
  /** Whose text to use (default `patient`: plain language). */
  audience?: Audience;
  /**
   * Language of the UI words when the document's language has none (the validator accepts no
   * such document): the document's language always wins, so no fallback mixes two languages.
   */
  lang?: Language;
}

interface FallbackContext {
  doc: ExplainerDocument;
  ui: UiStrings;
  lang: Language;
  t: (text: Text | undefined) => string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) as HTML that shows it literally. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** A full stop after text that does not already end in punctuation (a step title before its body). */
function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?…:;»”"')]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

const paragraph = (text: string, className?: string) =>
  text ? `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>` : '';
const title = (text: string) => `<p class="study-explainer-title"><strong>${escapeHtml(text)}</strong></p>`;
const list = (items: string[], tag: 'ul' | 'ol', className: string) =>
  items.length ? `<${tag} class="${className}">${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>` : '';

function stepper({ doc, t }: FallbackContext): string {
  const { mechanism } = doc;
  const label = t(stepMark(doc));
  const mark = label ? `<span class="study-explainer-mice">${escapeHtml(label)}</span> ` : '';
  const steps = mechanism.steps.map(
    (step) => `${step.inMice ? mark : ''}<strong>${escapeHtml(sentence(t(step.title)))}</strong> ${escapeHtml(t(step.body))}`,
  );
  return title(t(mechanism.title)) + paragraph(t(mechanism.intro?.text)) + list(steps, 'ol', 'study-explainer-steps');
}

function chart({ doc, ui, t }: FallbackContext): string {
  const { arms } = doc;
  const design = t(arms.design.text) ? `<p>${escapeHtml(ui.chart.design)}: ${escapeHtml(t(arms.design.text))}</p>` : '';
  const groups = list(arms.arms.map((arm) => escapeHtml(t(arm.label))), 'ul', 'study-explainer-arms');
  const outcomes = arms.outcomes.map((outcome) => {
    const summary = t(outcome.summary);
    return `<strong>${escapeHtml(t(outcome.label))}</strong>${summary ? `: ${escapeHtml(summary)}` : ''}`;
  });
  return (
    title(t(arms.title)) +
    paragraph(t(arms.takeaway?.text)) +
    paragraph(t(arms.summary.text)) +
    design +
    paragraph(ui.chart.groups, 'study-explainer-subtitle') +
    groups +
    list(outcomes, 'ul', 'study-explainer-outcomes')
  );
}

function badge({ doc, ui, lang, t }: FallbackContext): string {
  const ev = doc.evidence;
  const pill = pillWords(ev, ui.badge, t);
  const status = ev.status.map((s) => escapeHtml(t(s.text)));
  return (
    title(t(doc.study.headline)) +
    paragraph(pill.join(' · '), 'study-explainer-labels') +
    paragraph(t(ev.summary.text)) +
    paragraph(format(ui.badge.statusHeading, { date: formatDate(ev.statusAsOf, lang, 'month') }), 'study-explainer-subtitle') +
    list(status, 'ul', 'study-explainer-status')
  );
}

/** "Source: PNAS, 30 January 2019 · Read the paper · Reported by NCI, 11 March 2019", as the elements write it. */
function sourceLine({ doc, ui, lang }: FallbackContext): string {
  const link = (url: string, text: string) => `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
  const { source, paperUrl, newsText, newsUrl } = sourceWords(doc.study, ui.common, lang);
  const parts = [escapeHtml(source)];
  if (paperUrl) parts.push(link(paperUrl, ui.common.readThePaper));
  if (newsText) parts.push(newsUrl ? link(newsUrl, newsText) : escapeHtml(newsText));
  return `<p class="study-explainer-source">${parts.join(' · ')}</p>`;
}

const WIDGETS: Readonly<Record<FallbackTag, (context: FallbackContext) => string>> = Object.freeze({
  'mechanism-stepper': stepper,
  'study-arms-chart': chart,
  'evidence-badge': badge,
});

/** The tags that have a text fallback: every element's. */
export const FALLBACK_TAGS = Object.freeze(Object.keys(WIDGETS) as FallbackTag[]);

/**
 * What a text is written with: the document, its language's UI words (the document's language, so
 * no text mixes two) and its audience's wording. The off-page outputs read through it too.
 */
export function contextFor(doc: ExplainerDocument, options: TextFallbackOptions): FallbackContext {
  const audience = options.audience ?? 'patient';
  const lang = supportedLanguage(doc.lang) ?? options.lang ?? DEFAULT_LANGUAGE;
  return { doc, ui: strings[lang], lang, t: (text) => textFor(text, audience) };
}

/** The source line alone, as every fallback and widget writes it: for pages built around the widgets (the demo article). */
export function sourceLineHtml(doc: ExplainerDocument, options: TextFallbackOptions = {}): string {
  return sourceLine(contextFor(doc, options));
}

/** The text fallback of `tag` for `doc`: one `<div class="study-explainer-fallback">`, every value escaped. */
export function textFallback(doc: ExplainerDocument, tag: FallbackTag, options: TextFallbackOptions = {}): string {
  const context = contextFor(doc, options);
  const notice = doc.example ? paragraph(context.ui.common.exampleNotice, 'study-explainer-notice') : '';
  return `<div class="study-explainer-fallback" lang="${escapeHtml(doc.lang)}">${WIDGETS[tag](context)}${notice}${sourceLine(context)}</div>`;
}
