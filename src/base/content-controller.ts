import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExplainerSection } from '../content/types.js';
import type { ContentProblem } from '../content/validate.js';
import type { Language } from '../i18n/languages.js';
import { loadContent, type ContentOrigin, type FailureReason, type LoadResult, type SectionDocument } from './content-loader.js';
import { contentSources } from './content-sources.js';
import { stopWaiting, waitUntilNear } from './offscreen.js';
import { emitEvent } from '../util/emit.js';
import { warnElement } from '../util/warn.js';

/** Events every element fires, with their details. */
export interface ExplainerEventMap {
  'explainer-ready': { origin: ContentOrigin; lang: string };
  /** The technical problem (JSON path and message) and what it means for the reader. */
  'explainer-error': ContentProblem & { reason: FailureReason };
}

/** What the controller reads from its element: where the content comes from. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  fetchTimeout: number;
  /** `defer-hydration`: a framework still sets properties and listeners; nothing loads until it goes. */
  deferHydration?: boolean;
}

/**
 * An element's content: loads it when its inputs change (aborting a load still under way),
 * waits while the element is far off-screen, and fires `explainer-ready` once it has rendered
 * and `explainer-error` when it cannot be used.
 */
export class ContentController<S extends ExplainerSection> implements ReactiveController {
  /** The document, or the problem that stopped it: never both. */
  document?: SectionDocument<S>;
  problem?: ExplainerEventMap['explainer-error'];
  /** The language the document was asked for: until a newer load lands, the element may have changed its own. */
  askedLang?: Language;

  /** Set with the document, before `explainer-ready` can fire. */
  private origin?: ContentOrigin;
  /** The load under way: each new load, and disconnection, aborts it, so a late answer never lands. */
  private loading?: AbortController;
  /** The inputs of the last load: `src`, language and `.data`; unset when the next update must load. */
  private key?: string;
  private data?: unknown;
  private readyFor?: SectionDocument<S>;
  /** True while the element is far below the viewport and has not loaded its content yet. */
  private offscreen?: boolean;

  constructor(
    private readonly host: ContentHost,
    private readonly section: S,
    /** The element's resolved language, read when an update starts. */
    private readonly lang: () => Language,
  ) {
    host.addController(this);
  }

  hostConnected() {
    const { host } = this;
    // Reconnection after a move: load again (disconnection aborted any load under way).
    this.key = undefined;
    this.offscreen =
      !this.document &&
      !!contentSources?.deferOffscreen &&
      waitUntilNear(host, () => {
        this.offscreen = false;
        host.requestUpdate();
      });
    host.requestUpdate();
  }

  hostDisconnected() {
    stopWaiting(this.host);
    this.offscreen = false;
    this.loading?.abort();
    this.key = undefined;
  }

  /**
   * Before each render: a new load when `src`, the language or `.data` changed (not while waiting
   * off-screen, nor while hydration is deferred: the first load is then the one with the framework's `.data`).
   */
  hostUpdate() {
    const { host } = this;
    const key = `${host.src ?? ''}\u0000${this.lang()}`;
    if (host.deferHydration || this.offscreen || (key === this.key && host.data === this.data)) return;
    this.key = key;
    this.data = host.data;
    this.loading?.abort();
    const { signal } = (this.loading = new AbortController());
    const lang = this.lang();
    const inline = host.querySelector(':scope > script[type="application/json"]');
    loadContent({
      data: host.data,
      inline: inline ? (inline.textContent ?? '') : null,
      src: host.src,
      lang,
      section: this.section,
      timeout: host.fetchTimeout > 0 ? host.fetchTimeout : 10000,
      signal,
    }).then((result) => {
      // A newer load, or disconnection, aborted this one: its answer is stale.
      if (!signal.aborted) this.settle(result, lang);
    });
  }

  /** Takes a load's answer for `lang`: the document to render (explainer-ready follows), or the error state. */
  settle(result: LoadResult<S>, lang: Language) {
    if (!result.ok) return this.fail(result.problem, result.reason);
    this.problem = undefined;
    this.origin = result.origin;
    this.document = result.document;
    this.askedLang = lang;
    this.host.requestUpdate();
  }

  hostUpdated() {
    // A problem clears the document: no ready event in the error state.
    if (this.document && this.readyFor !== this.document) {
      this.readyFor = this.document;
      emitEvent(this.host, 'explainer-ready', { origin: this.origin!, lang: this.lang() } satisfies ExplainerEventMap['explainer-ready']);
    }
  }

  /**
   * Shows the error state, fires `explainer-error` and warns once. Readers see what went wrong
   * in words; the JSON path and the technical message go only to the console and the event.
   */
  fail(problem: ContentProblem, reason: FailureReason) {
    const { host } = this;
    this.document = undefined;
    this.problem = { ...problem, reason };
    warnElement(host, `problem:${problem.path}:${problem.message}`, `${problem.path || '(document)'}: ${problem.message}`);
    emitEvent(host, 'explainer-error', this.problem);
    host.requestUpdate();
  }
}
