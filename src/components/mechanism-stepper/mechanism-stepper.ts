import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ExplainerElement, type RenderContext } from '../../base/explainer-element.js';
import { baseStyles } from '../../base/tokens.styles.js';
import { heading } from '../../base/heading.js';
import { format } from '../../util/format.js';
import { exampleNotice, sourceLine } from '../../base/source-line.js';
import type { MechanismStep, SceneActor, StepScene } from '../../content/types.js';
import { textFor } from '../../content/text.js';
import { stepperStrings, type StepperStrings } from './mechanism-stepper.strings.js';
import { renderScene, tallestScene } from './scene.js';
import { stepMark } from './step-mark.js';
import { styles } from './mechanism-stepper.styles.js';
import { withoutScript } from '../../base/static-layout.js';
import { elementStrings } from '../../i18n/ui-strings.js';
import type { OptionDefault, SectionOf, StringsKeyOf } from '../../manifest/widgets.js';

/** The stepper's own section of the UI strings: `{ stepper }`. */
type StepperOwnStrings = Record<StringsKeyOf<'mechanism-stepper'>, StepperStrings>;

/** Detail of `step-change`. */
export interface StepChangeDetail {
  index: number;
  id: string;
}

/**
 * @tagname mechanism-stepper
 * @summary Walks a reader, step by step with an illustration, through how a treatment works.
 *
 * One step is shown at a time with a picture drawn from the document's own scene (its actors, as
 * each step shows them; a document without a scene gets text steps only); Previous/Next
 * buttons, a numbered step picker and a "Show all steps" toggle move through the steps, and a
 * polite live region announces each change. Printing lists every step. Left/Right arrow keys
 * step while focus is inside the element.
 *
 * @csspart base - The element's box.
 * @csspart heading - The main heading.
 * @csspart picker - The numbered list of steps (one button per step).
 * @csspart picture - The illustration of the current step (absent when the document has no scene).
 * @csspart step-text - The steps' text (one visible at a time unless all are shown).
 * @csspart step-heading - Each step's heading ("Step 2 of 6: …").
 * @csspart controls - The Previous/Next buttons and the "Show all steps" toggle.
 * @csspart button - Each control button.
 * @csspart notice - The note shown on made-up example documents.
 * @csspart source - The source line with links to the paper and the news report.
 * @csspart error - The error message shown when content cannot be used.
 *
 * @cssprop --se-font-family - Font family.
 * @cssprop --se-font-size - Base font size (default 1rem).
 * @cssprop --se-text-color - Text colour.
 * @cssprop --se-muted-color - Secondary text colour.
 * @cssprop --se-surface-color - Background colour.
 * @cssprop --se-subtle-color - Background of quiet panels.
 * @cssprop --se-border-color - Border colour.
 * @cssprop --se-accent-color - Accent colour (links, current step, highlights).
 * @cssprop --se-accent-text-color - Text on the accent colour.
 * @cssprop --se-focus-color - Focus ring colour.
 * @cssprop --se-error-color - Error accent colour.
 * @cssprop --se-radius - Corner radius.
 * @cssprop --se-block-margin - Space above and below the widget (default 1.5rem; 0 removes it).
 * @cssprop --se-space - Base spacing.
 *
 * @event step-change - The shown step changed (not fired on first render). Detail: `{ index, id }`.
 * @event explainer-ready - The content has rendered. Detail: `{ origin, lang }`.
 * @event explainer-error - Content could not be used. Detail: `{ reason, path, message }` (ExplainerEventMap): `reason` is what readers are told, `path` and `message` the technical problem.
 *
 * @slot - Fallback content (plain text and lists): shown before the element upgrades, without JavaScript and while a `src` document loads; hidden once the content renders.
 */
export class MechanismStepper extends ExplainerElement<SectionOf<'mechanism-stepper'>, StepperOwnStrings> {
  static override styles = [
    baseStyles,
    styles,
    // No script to step with: every step in order, no control that would do nothing.
    withoutScript({
      '.picker, .controls': 'display: none',
      '.layout': 'margin-block-end: var(--_space)',
      '.one .step': 'grid-area: auto',
      '.one .step[hidden]': 'visibility: visible',
      '.one .step + .step': 'margin-block-start: var(--_space); padding-block-start: var(--_space); border-block-start: 1px solid var(--_border)',
    }),
  ];
  protected static override uiStrings = elementStrings('stepper' satisfies StringsKeyOf<'mechanism-stepper'>, stepperStrings);
  protected static override section: SectionOf<'mechanism-stepper'> = 'mechanism';
  // Declared without decorators, as in ExplainerElement (smaller bundle).
  static override properties: PropertyDeclarations = {
    step: { type: Number, reflect: true },
    showAll: { type: Boolean, reflect: true, attribute: 'show-all' },
  };

  /** The shown step, 0-based; out-of-range values are clamped (with one warning). */
  step = 0 satisfies OptionDefault<'mechanism-stepper', 'step'>;

  /** Lists every step with its picture (as in print) instead of one at a time. */
  showAll = false;

  /** What the live region says; empty until the step first changes. */
  private announcement = '';
  private shownStep?: number;
  private shownDoc?: unknown;
  private pendingChange?: StepChangeDetail;
  /** The height every step's picture shares, for the document and audience it was measured for. */
  private frame?: { doc: unknown; audience: string; height: number };

  private get steps(): MechanismStep[] {
    return this.content.document?.mechanism.steps ?? [];
  }

  /** Shows the next step (stays on the last). */
  next() {
    this.goTo(Math.min(this.current() + 1, Math.max(0, this.steps.length - 1)));
  }

  /** Shows the previous step (stays on the first). */
  previous() {
    this.goTo(Math.max(this.current() - 1, 0));
  }

  /** Shows a step by 0-based index or by step id. Returns false for an unknown id. */
  goTo(indexOrId: number | string): boolean {
    if (typeof indexOrId === 'string' && !/^\d+$/.test(indexOrId)) {
      const index = this.steps.findIndex((s) => s.id === indexOrId);
      if (index < 0) {
        this.warn(`goto:${indexOrId}`, `goTo('${indexOrId}'): no step has that id.`);
        return false;
      }
      this.step = index;
    } else {
      this.step = Number(indexOrId);
    }
    return true;
  }

  private current(): number {
    const n = this.steps.length;
    const value = Math.trunc(Number(this.step));
    return Number.isFinite(value) ? Math.min(Math.max(value, 0), Math.max(0, n - 1)) : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const doc = this.content.document;
    const steps = doc?.mechanism.steps;
    if (!steps) return;
    const index = this.current();
    if (index !== this.step) {
      this.warn(`step:${this.step}`, `step ${String(this.step)} is out of range (0–${steps.length - 1}); showing step ${index}.`);
      this.step = index;
    }
    const sameDoc = this.shownDoc === doc;
    if (this.shownStep !== undefined && index !== this.shownStep) {
      const ui = this.ui.stepper;
      const title = textFor(steps[index].title, this.resolvedAudience);
      this.announcement = format(ui.announce, { n: index + 1, total: steps.length, title });
      this.pendingChange = { index, id: steps[index].id };
    } else if (!sameDoc && this.announcement) {
      // New content or language: keep announcing nothing stale.
      this.announcement = '';
    }
    this.shownStep = index;
    this.shownDoc = doc;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.pendingChange) {
      const detail = this.pendingChange;
      this.pendingChange = undefined;
      this.emit<StepChangeDetail>('step-change', detail);
    }
  }

  private onKeydown(event: KeyboardEvent) {
    if (this.showAll || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.composedPath()[0] as Element | undefined;
    if (!target || target.localName !== 'button') return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const rtl = getComputedStyle(this).direction === 'rtl';
      const forward = (event.key === 'ArrowRight') !== rtl;
      if (forward) this.next();
      else this.previous();
    }
  }

  private onNext() {
    if (this.current() >= this.steps.length - 1) this.goTo(0);
    else this.next();
  }

  private onPrevious() {
    if (this.current() > 0) this.previous();
  }

  private toggleAll() {
    this.showAll = !this.showAll;
  }

  /** The height of the tallest step's picture (tallestScene), computed once per document and audience. */
  private pictureHeight(doc: unknown, actors: readonly SceneActor[], text: (label: SceneActor['label']) => string): number {
    const audience = this.resolvedAudience;
    const known = this.frame;
    if (known && known.doc === doc && known.audience === audience) return known.height;
    const scenes = this.steps.map((step) => step.scene).filter((scene): scene is StepScene => scene !== undefined);
    const height = tallestScene(actors, scenes, text);
    this.frame = { doc, audience, height };
    return height;
  }

  protected renderContent(context: RenderContext<SectionOf<'mechanism-stepper'>, StepperOwnStrings>) {
    const { t, doc, headingLevel, strings } = context;
    const ui = strings.stepper;
    const steps = doc.mechanism.steps;
    const total = steps.length;
    const index = this.current();
    const all = this.showAll;
    // On the last step Next says "Restart"; it holds both labels (one hidden) to keep its size.
    const last = index >= total - 1;
    const stepHeading = Math.min(headingLevel + 1, 6);
    const intro = doc.mechanism.intro;
    const actors = doc.mechanism.scene?.actors;
    // Only the document's own actors are drawn; a document without them gets text steps only.
    const picture = (step: MechanismStep, height?: number) =>
      actors && step.scene ? renderScene(actors, step.scene, t, t(step.scene.alt), height !== undefined, height) : undefined;
    // The shown picture is as tall as the tallest step's, so changing step moves nothing.
    const shown = actors && picture(steps[index], this.pictureHeight(doc, actors, t));
    // The document's words for its animals ("In rats"), on every step it flags.
    const mark = t(stepMark(doc));

    return html`<div class="stepper ${all ? 'all' : 'one'}" @keydown=${this.onKeydown}>
      ${heading(headingLevel, t(doc.mechanism.title))} ${exampleNotice(context)}
      ${intro ? html`<p class="intro">${t(intro.text)}</p>` : nothing}
      <ol class="picker" part="picker" aria-label=${ui.label} ?hidden=${all}>
        ${steps.map(
          (step, i) => html`<li>
            <button
              type="button"
              part="button picker-button"
              class=${i < index ? 'done' : ''}
              aria-current=${i === index ? 'step' : nothing}
              aria-label=${format(ui.goToStep, { n: i + 1, total, title: t(step.title) })}
              @click=${() => this.goTo(i)}
            >${i + 1}</button>
          </li>`,
        )}
      </ol>
      <div class="layout ${shown ? 'with-picture' : 'text-only'}">
        ${shown ? html`<figure class="picture" part="picture" aria-label=${format(ui.picture, { n: index + 1 })} ?hidden=${all}>${shown}</figure>` : nothing}
        <ol class="steps" part="step-text">
          ${steps.map(
            (step, i) => html`<li class="step" ?hidden=${!all && i !== index} data-id=${step.id}>
              ${heading(
                stepHeading,
                // The colon is real text right after the number, inside the block-level count (drawn
                // transparent): a hidden span after the block made "Step 1 of 8 : Title" when read or copied.
                html`<span class="count">${format(ui.stepOf, { n: i + 1, total })}<span class="colon">:</span></span>
                  <span class="title">${t(step.title)}</span>`,
                'step-heading',
                'step-heading',
              )}
              ${step.inMice && mark ? html`<p class="mice" part="mice">${mark}</p>` : nothing}
              <p class="body">${t(step.body)}</p>
              ${all && shown ? html`<div class="mini" part="picture">${picture(step)}</div>` : nothing}
            </li>`,
          )}
        </ol>
      </div>
      <div class="controls" part="controls">
        <div class="nav" ?hidden=${all}>
          <button type="button" part="button previous" class="previous" aria-disabled=${index === 0 ? 'true' : 'false'} @click=${this.onPrevious}>
            <span aria-hidden="true" class="arrow">←</span> ${ui.previous}
          </button>
          <button type="button" part="button next" class="next" @click=${this.onNext}>
            <span class="face" ?hidden=${last}>${ui.next} <span aria-hidden="true" class="arrow">→</span></span>
            <span class="face" ?hidden=${!last}>${ui.startAgain} <span aria-hidden="true" class="arrow">↺</span></span>
          </button>
        </div>
        <button type="button" part="button toggle" class="toggle" aria-expanded=${all ? 'true' : 'false'} @click=${this.toggleAll}>
          ${all ? ui.showOne : ui.showAll}
        </button>
      </div>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${sourceLine(context)}
    </div>`;
  }
}
