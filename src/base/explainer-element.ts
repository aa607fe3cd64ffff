import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { AUDIENCES, type Audience, type ExplainerDocument, type ExplainerSection, type Text } from '../content/types.js';
import type { ContentProblem } from '../content/validate.js';
import { textFor } from '../content/text.js';
import { withOverrides, type UiStringOverrides, type UiStringSections, type UiStrings } from '../i18n/ui-strings.js';
import { commonEn, commonEs } from '../i18n/common.strings.js';
import { freezeDeep } from './freeze.js';
import { errorText } from './error-text.js';
import { VERSION } from '../version.js';
import { loadContent, type ContentOrigin, type FailureReason, type LoadResult } from './content-loader.js';
import { deferOffscreen } from './content-sources.js';
import { pickEnum } from './enum-value.js';
import { inheritedLang } from './language.js';
import { DEFAULT_LANGUAGE, LANGUAGES, supportedLanguage, type Language } from '../i18n/languages.js';
import { baseStyles } from './tokens.styles.js';
import { warnOnce } from './warn.js';
import { emitEvent } from './emit.js';
import { HEADING_LEVELS, THEMES, type CommonDefault, type HeadingLevel, type Theme } from '../manifest/common-options.js';

export { THEMES, HEADING_LEVELS, type Theme, type HeadingLevel };

/** Events every element fires, with their details. */
export interface ExplainerEventMap {
  'explainer-ready': { origin: ContentOrigin; lang: string };
  /** The technical problem (JSON path and message) and what it means for the reader. */
  'explainer-error': ContentProblem & { reason: FailureReason };
}

/** What a subclass renders from: the document plus the resolved settings. */
export interface RenderContext {
  doc: ExplainerDocument;
  lang: Language;
  audience: Audience;
  strings: UiStrings;
  headingLevel: HeadingLevel;
  /** Text for the current audience. */
  t: (text: Text | undefined) => string;
}

/** Elements whose language follows the page: re-render when `<html lang>` changes. */
const followers = new Set<ExplainerElement>();
let langObserver: MutationObserver | undefined;

function followPageLang(element: ExplainerElement, on: boolean) {
  if (on) followers.add(element);
  else followers.delete(element);
  if (!langObserver && followers.size > 0 && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => followers.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  } else if (langObserver && followers.size === 0) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/**
 * Elements far below the viewport (loader build only, see content-sources.ts) wait until they
 * come within about one viewport before loading and rendering their content; meanwhile their
 * fallback (or loading line) keeps their place.
 */
let approach: IntersectionObserver | undefined;
const waiting = new WeakMap<Element, () => void>();

function waitUntilNear(element: Element, onNear: () => void): boolean {
  if (!deferOffscreen || typeof IntersectionObserver === 'undefined') return false;
  const view = window.innerHeight || 800;
  const box = element.getBoundingClientRect();
  if (box.top < 2 * view && box.bottom > -view) return false;
  approach ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        approach?.unobserve(entry.target);
        const near = waiting.get(entry.target);
        waiting.delete(entry.target);
        near?.();
      }
    },
    // The document as root: its own viewport (also inside an iframe), grown by one viewport.
    { root: document, rootMargin: '100% 0px' },
  );
  waiting.set(element, onNear);
  approach.observe(element);
  return true;
}

function stopWaiting(element: Element) {
  if (waiting.delete(element)) approach?.unobserve(element);
}

/**
 * The base every explainer element shares: where content comes from, the common attributes
 * (lang, audience, theme, heading-level) with validation, the error state and events.
 * Subclasses implement `renderContent()` and never see an invalid document.
 */
export abstract class ExplainerElement extends LitElement {
  static version = VERSION;
  static override styles: CSSResultGroup = baseStyles;

  // Reactive properties are declared here rather than with decorators: tsc would inline its
  // decorator helper into every element module, and the bundle would carry Lit's decorators.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    lang: { reflect: true },
    audience: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    fetchTimeout: { attribute: 'fetch-timeout', type: Number },
    strings: { attribute: false },
    document: { state: true, attribute: false },
    problem: { state: true, attribute: false },
  };

  /** URL of an explainer JSON document (used when neither `.data` nor inline JSON is given). */
  src?: string;

  /** An explainer document, or one per language; wins over inline JSON and `src`. */
  data?: unknown;

  /** Language (BCP 47); defaults to the nearest ancestor's `lang`, else English. */
  override lang!: string;

  /** `patient` (plain language, the default) or `clinician`. */
  audience?: string;

  /** `light`, `dark` or `auto` (follows the reader's colour-scheme preference). */
  theme?: string;

  /** Level of the element's main heading, 2–6 (default 3); inner headings follow it. */
  headingLevel?: string | number;

  /** Milliseconds a `src` fetch may take before the error state shows. */
  fetchTimeout = 10000;

  /** Per-instance UI string overrides, e.g. `{ stepper: { next: 'Forward' } }`. */
  strings?: UiStringOverrides;

  protected document?: ExplainerDocument;
  protected problem?: ContentProblem & { reason: FailureReason };

  private loadController?: AbortController;
  private loadCount = 0;
  private readyFor?: ExplainerDocument;
  private contentKey = '';
  private origin: ContentOrigin = 'default';
  /** True while the element is far below the viewport and has not loaded its content yet. */
  private offscreen = false;

  /** Resolved, validated settings (bad values fall back with one warning). */
  protected resolvedLang: Language = 'en';
  protected resolvedAudience: Audience = 'patient';
  protected resolvedTheme: Theme = 'auto';
  protected resolvedHeadingLevel: HeadingLevel = 3;

  /**
   * The nodes of a pre-rendered (declarative) shadow root. They stay on show until the element
   * has its document (or a problem), then go in the same task as Lit's first real render: no
   * loading line in between, so no flash and no layout shift.
   */
  private served?: ChildNode[];

  protected override createRenderRoot() {
    const existing = this.shadowRoot?.childNodes;
    if (existing?.length) this.served = [...existing];
    const root = super.createRenderRoot();
    // LitElement renders before the root's first child; that would be a served node, removed later.
    this.renderOptions.renderBefore = undefined;
    return root;
  }

  protected override update(changed: PropertyValues<this>) {
    if (this.served && (this.document || this.problem)) {
      for (const node of this.served) node.remove();
      this.served = undefined;
    }
    super.update(changed);
  }

  override connectedCallback() {
    super.connectedCallback();
    followPageLang(this, true);
    // Reconnection after a move: load again only if the content inputs changed meanwhile.
    this.contentKey = '';
    this.offscreen = !this.document && waitUntilNear(this, () => {
      this.offscreen = false;
      this.requestUpdate();
    });
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    followPageLang(this, false);
    stopWaiting(this);
    this.offscreen = false;
    this.loadController?.abort();
    this.loadController = undefined;
    this.contentKey = '';
  }

  /** Dispatches a bubbling, composed event with a typed detail. */
  protected emit<K extends keyof ExplainerEventMap>(name: K, detail: ExplainerEventMap[K]): boolean;
  protected emit<T>(name: string, detail: T): boolean;
  protected emit(name: string, detail: unknown): boolean {
    return emitEvent(this, name, detail);
  }

  /** One console warning per distinct message and element. */
  protected warn(key: string, message: string) {
    warnOnce(this, key, `<${this.localName}>: ${message}`);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.resolveSettings();
    const key = `${this.src ?? ''}\u0000${this.resolvedLang}`;
    if (this.offscreen) return;
    if (changed.has('data') || key !== this.contentKey) {
      this.contentKey = key;
      this.startLoad();
    }
  }

  private resolveSettings() {
    // The property, not the attribute: frameworks set `el.lang`, and reflection comes later.
    const wanted = this.lang || inheritedLang(this.parentNode ?? this) || DEFAULT_LANGUAGE;
    const lang = supportedLanguage(wanted);
    if (!lang) this.warn(`lang:${wanted}`, `unsupported lang '${wanted}'; showing '${DEFAULT_LANGUAGE}' (supported: ${LANGUAGES}).`);
    this.resolvedLang = lang ?? DEFAULT_LANGUAGE;
    const report = (name: string) => (bad: string) => this.warn(`${name}:${bad}`, `invalid ${name} '${bad}'; using the default.`);
    // Defaults and allowed values are the manifest's (src/manifest/common-options.ts); `satisfies` ties the literals to it.
    this.resolvedAudience = pickEnum(this.audience, AUDIENCES, 'patient' satisfies CommonDefault<'audience'>, report('audience'));
    this.resolvedTheme = pickEnum(this.theme, THEMES, 'auto' satisfies CommonDefault<'theme'>, report('theme'));
    const level = this.headingLevel === undefined || this.headingLevel === null ? '' : String(this.headingLevel);
    this.resolvedHeadingLevel = Number(pickEnum(level, HEADING_LEVELS.map(String), String(3 satisfies CommonDefault<'heading-level'>), report('heading-level'))) as HeadingLevel;
  }

  /**
   * willUpdate() or render() throwing on a document (one that validates but breaks rendering,
   * or one changed in place after validation) must not escape into the page: error state instead.
   */
  protected override performUpdate() {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.problem) return;
      this.fail({ path: '', message: `could not be shown (${errorText(error, 'error')})` }, 'incomplete');
    }
  }

  private startLoad() {
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    const count = ++this.loadCount;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    loadContent({
      data: this.data,
      inline: inline ? (inline.textContent ?? '') : null,
      src: this.src,
      lang: this.resolvedLang,
      section: (this.constructor as typeof ExplainerElement).section,
      timeout: this.fetchTimeout > 0 ? this.fetchTimeout : 10000,
      signal: controller.signal,
    }).then((result) => {
      if (count === this.loadCount && !controller.signal.aborted) this.applyLoad(result);
    });
  }

  private applyLoad(result: LoadResult) {
    if (result.ok) {
      this.problem = undefined;
      this.origin = result.origin;
      this.document = result.document;
    } else {
      this.fail(result.problem, result.reason);
    }
  }

  /**
   * Shows the error state, fires `explainer-error` and warns once. Readers see what went wrong
   * in words; the JSON path and the technical message go only to the console and the event.
   */
  protected fail(problem: ContentProblem, reason: FailureReason) {
    this.document = undefined;
    this.problem = { ...problem, reason };
    this.warn(`problem:${problem.path}:${problem.message}`, `${problem.path || '(document)'}: ${problem.message}`);
    this.emit('explainer-error', this.problem);
  }

  /**
   * UI strings by language: the common section plus the element's own, which each subclass adds
   * (so an element bundled alone carries only its own strings).
   */
  protected static uiStrings: Readonly<Record<Language, UiStringSections>> = {
    en: freezeDeep({ common: commonEn }),
    es: freezeDeep({ common: commonEs }),
  };

  /**
   * The UI strings for the resolved language, with this instance's overrides. Only the common
   * section and the element's own are present: a subclass reads no other element's section.
   */
  protected get ui(): UiStrings {
    const byLang = (this.constructor as typeof ExplainerElement).uiStrings;
    return withOverrides(byLang[this.resolvedLang], this.strings) as UiStrings;
  }

  /** The document section the element shows; the loader fetches only it (and the study record) of the built-in study. */
  protected static section: ExplainerSection;

  protected abstract renderContent(context: RenderContext): TemplateResult;

  protected override render(): TemplateResult | typeof nothing {
    // Pre-rendered content is still what this element would show: leave it until there is more.
    if (this.served && !this.document && !this.problem) return nothing;
    const ui = this.ui;
    let body: TemplateResult;
    if (this.problem) body = this.renderError(ui);
    // While a src loads, the page's own fallback text keeps the element's place (no layout
    // shift when it arrives); without fallback, a short loading line does.
    else if (!this.document) body = html`<slot><p class="loading" part="loading">${ui.common.loading}</p></slot>`;
    // A throw here (a document that validates but still breaks rendering) is caught in
    // performUpdate(): error state, and updated() never runs, so no explainer-ready.
    else body = this.renderContent(this.context(this.document, ui));
    // Screen readers pick their voice from lang: most words are the document's, so its language
    // wins when a list had no document in the requested one.
    const lang = this.document && !this.problem ? this.document.lang : this.resolvedLang;
    return html`<div class="root theme-${this.resolvedTheme}" part="base" lang=${lang}>${body}</div>`;
  }

  private context(doc: ExplainerDocument, ui: UiStrings): RenderContext {
    const audience = this.resolvedAudience;
    return {
      doc,
      lang: this.resolvedLang,
      audience,
      strings: ui,
      headingLevel: this.resolvedHeadingLevel,
      t: (text) => textFor(text, audience),
    };
  }

  private renderError(ui: UiStrings) {
    const messages = { incomplete: ui.common.errorIncomplete, unreadable: ui.common.errorUnreadable, unloaded: ui.common.errorUnloaded };
    return html`<div class="error" part="error">
      <p><strong>${messages[this.problem?.reason ?? 'incomplete']}</strong></p>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.document && this.readyFor !== this.document && !this.problem) {
      this.readyFor = this.document;
      this.emit('explainer-ready', { origin: this.origin, lang: this.resolvedLang });
    }
  }
}
