import { LitElement, html, isServer, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { AUDIENCES, type Audience, type ExplainerSection } from '../content/types.js';
import { textFor } from '../content/text.js';
import { elementStrings, withOverrides, type CommonSection, type StringOverrides } from '../i18n/ui-strings.js';
import { DEFAULT_LANGUAGE, LANGUAGES, supportedLanguage, type Language } from '../i18n/languages.js';
import { HEADING_LEVELS, THEMES, type CommonDefault, type HeadingLevel, type Theme } from '../manifest/common-options.js';
import { errorText } from '../util/error-text.js';
import { pickEnum } from '../util/enum-value.js';
import { warnElement } from '../util/warn.js';
import { emitEvent } from '../util/emit.js';
import { VERSION } from '../version.js';
import { ContentController, type ExplainerEventMap } from './content-controller.js';
import type { SectionDocument } from './content-request.js';
import type { RenderContext } from './render-context.js';
import { followPageLang } from './page-lang.js';
import { inheritedLang } from './language.js';
import { baseStyles } from './tokens.styles.js';
import { STATIC_ATTRIBUTE } from './static-mark.js';
// Server only: browser builds, where isServer is false, drop the branches and these modules.
import { loadNow } from '../server/load-now.js';

export { THEMES, HEADING_LEVELS, type Theme, type HeadingLevel, type ExplainerEventMap, type RenderContext };

/**
 * The base every explainer element shares: the common attributes (lang, audience, theme,
 * heading-level) with validation, the UI strings, the error state and the hydration of a
 * pre-rendered copy. Its content (loading, off-screen waiting, ready and error events) is a
 * ContentController's; following the page's language, followPageLang's.
 * Subclasses implement `renderContent()` and never see an invalid document.
 * `S`: the document sections the element shows; `Own`: its own UI strings (`{ badge: BadgeStrings }`).
 */
export abstract class ExplainerElement<S extends ExplainerSection = ExplainerSection, Own extends object = object> extends LitElement {
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
    deferHydration: { attribute: 'defer-hydration', type: Boolean },
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
  strings?: StringOverrides<CommonSection & Own>;

  /**
   * `defer-hydration` (the server-rendering convention): while set, the element loads nothing, so a
   * framework (study-explainers/react) sets `.data` and its listeners first, then removes it.
   */
  deferHydration?: boolean;

  /** Resolved, validated settings (bad values fall back with one warning). */
  protected resolvedLang: Language = DEFAULT_LANGUAGE;
  protected resolvedAudience: Audience = 'patient';
  protected resolvedTheme: Theme = 'auto';
  protected resolvedHeadingLevel: HeadingLevel = 3;

  /** The element's document (of its section) or problem, loaded when `src`, `.data` or the language change. */
  protected readonly content = new ContentController(this, (this.constructor as typeof ExplainerElement).section as S, () => this.resolvedLang);

  constructor() {
    super();
    followPageLang(this);
  }

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
    const keep = this.keepsServedCopy();
    if (this.served && !keep && (this.content.document || this.content.problem)) {
      for (const node of this.served) node.remove();
      this.served = undefined;
    }
    // A served copy kept for good shows all of its content without controls (src/base/static-layout.ts).
    this.toggleAttribute(STATIC_ATTRIBUTE, keep);
    super.update(changed);
  }

  /**
   * A pre-rendered copy says more than an error that only says its content could not be fetched
   * (a `src` that is down): it stays, in its static layout, and explainer-error still fires.
   */
  private keepsServedCopy(): boolean {
    const { document, problem } = this.content;
    return Boolean(this.served && !document && problem?.reason === 'unloaded');
  }

  /** Dispatches a bubbling, composed event with a typed detail. */
  protected emit<K extends keyof ExplainerEventMap>(name: K, detail: ExplainerEventMap[K]): boolean;
  protected emit<T>(name: string, detail: T): boolean;
  protected emit(name: string, detail: unknown): boolean {
    return emitEvent(this, name, detail);
  }

  /** One console warning per distinct message and element. */
  protected warn(key: string, message: string) {
    warnElement(this, key, message);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // The property, not the attribute: frameworks set `el.lang`, and reflection comes later.
    // A server render has no page around it: its language is the request's.
    const wanted = this.lang || (isServer ? null : inheritedLang(this.parentNode ?? this)) || DEFAULT_LANGUAGE;
    const lang = supportedLanguage(wanted);
    if (!lang) this.warn(`lang:${wanted}`, `unsupported lang '${wanted}'; using ${DEFAULT_LANGUAGE} (supported: ${LANGUAGES}).`);
    this.resolvedLang = lang ?? DEFAULT_LANGUAGE;
    const report = (name: string) => (bad: string) => this.warn(`${name}:${bad}`, `invalid ${name} '${bad}'; using the default.`);
    // Defaults and allowed values are the manifest's (src/manifest/common-options.ts); `satisfies` ties the literals to it.
    this.resolvedAudience = pickEnum(this.audience, AUDIENCES, 'patient' satisfies CommonDefault<'audience'>, report('audience'));
    this.resolvedTheme = pickEnum(this.theme, THEMES, 'auto' satisfies CommonDefault<'theme'>, report('theme'));
    const level = String(this.headingLevel ?? '');
    this.resolvedHeadingLevel = Number(pickEnum(level, HEADING_LEVELS.map(String), String(3 satisfies CommonDefault<'heading-level'>), report('heading-level'))) as HeadingLevel;
    // Lit's server renderer calls willUpdate() and render(), never the controllers' hostUpdate(): the content must be there now.
    if (isServer) loadNow(this.content, this, (this.constructor as typeof ExplainerElement).section as S, this.resolvedLang);
  }

  /**
   * willUpdate() or render() throwing on a document (one that validates but breaks rendering,
   * or one changed in place after validation) must not escape into the page: error state instead.
   */
  protected override performUpdate() {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.content.problem) return;
      this.content.fail({ path: '', message: `could not be shown (${errorText(error, 'error')})` }, 'incomplete');
    }
  }

  /**
   * UI strings by language: the common section plus the element's own, which each subclass adds
   * (so an element bundled alone carries only its own strings).
   */
  protected static uiStrings: Readonly<Record<Language, CommonSection>> = elementStrings();

  /**
   * The language the element speaks: its document's, so a reader never sees two languages in one
   * widget (an English-only document under lang="es" gets English buttons too); the resolved
   * language while there is no document. The validator accepts only documents in a language
   * the widgets speak.
   */
  protected get shownLang(): Language {
    return supportedLanguage(this.content.document?.lang) ?? this.resolvedLang;
  }

  /** The UI strings for the shown language, with this instance's overrides: the common section and the element's own. */
  protected get ui(): CommonSection & Own {
    const byLang = (this.constructor as typeof ExplainerElement).uiStrings as Record<Language, CommonSection & Own>;
    return withOverrides(byLang[this.shownLang], this.strings);
  }

  /** The document section the element shows; the loader fetches only it (and the study record) of the built-in study. */
  protected static section: ExplainerSection;

  protected abstract renderContent(context: RenderContext<S, Own>): TemplateResult;

  protected override render(): TemplateResult | typeof nothing {
    const { document, problem } = this.content;
    // Pre-rendered content is still what this element would show: leave it until there is more
    // (or for good, when all there is instead is a failed fetch).
    if ((this.served && !document && !problem) || this.keepsServedCopy()) return nothing;
    const ui = this.ui;
    let body: TemplateResult;
    if (problem) body = this.renderError(ui);
    // While a src loads, the page's own fallback text keeps the element's place (no layout
    // shift when it arrives); without fallback, a short loading line does.
    else if (!document) body = html`<slot><p class="loading" part="loading">${ui.common.loading}</p></slot>`;
    // A throw here (a document that validates but still breaks rendering) is caught in
    // performUpdate(): error state, and updated() never runs, so no explainer-ready.
    else body = this.renderContent(this.context(document, ui));
    // Screen readers pick their voice from lang: most words are the document's, so its language
    // wins when a list had no document in the requested one. (A problem clears the document.)
    const lang = document?.lang ?? this.resolvedLang;
    return html`<div class="root theme-${this.resolvedTheme}" part="base" lang=${lang}>${body}</div>`;
  }

  private context(doc: SectionDocument<S>, strings: CommonSection & Own): RenderContext<S, Own> {
    const audience = this.resolvedAudience;
    const lang = this.shownLang;
    // Only once the document answers the current language: while a newer one loads, the old is still shown.
    if (lang !== this.resolvedLang && this.content.askedLang === this.resolvedLang) this.warn(`doc-lang:${this.resolvedLang}:${lang}`, `lang '${this.resolvedLang}': the document is in '${doc.lang}', so the widget speaks '${lang}' (no document in '${this.resolvedLang}').`);
    return { doc, lang, audience, strings, headingLevel: this.resolvedHeadingLevel, t: (text) => textFor(text, audience) };
  }

  private renderError(ui: CommonSection) {
    const messages = { incomplete: ui.common.errorIncomplete, unreadable: ui.common.errorUnreadable, unloaded: ui.common.errorUnloaded };
    return html`<div class="error" part="error">
      <p><strong>${messages[this.content.problem?.reason ?? 'incomplete']}</strong></p>
    </div>`;
  }
}
