import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ExplainerElement, type RenderContext } from '../../base/explainer-element.js';
import { baseStyles } from '../../base/tokens.styles.js';
import { heading } from '../../base/heading.js';
import { exampleNotice, sourceLine } from '../../base/source-line.js';
import { formatDate } from '../../i18n/locale.js';
import { format } from '../../util/format.js';
import { pickEnum } from '../../util/enum-value.js';
import { doiUrl, safeUrl } from '../../content/text.js';
import type { EvidenceLabel, ExplainerCore, Statement } from '../../content/types.js';
import { badgeStrings, type BadgeStrings } from './evidence-badge.strings.js';
import { stageIcon, stageLadder } from './stage-ladder.js';
import { pillWords } from './pill-words.js';
import { breakable } from '../../util/breakable.js';
import { styles, staticStyles } from './evidence-badge.styles.js';
import { elementStrings } from '../../i18n/ui-strings.js';
import { BADGE_VARIANTS } from '../../manifest/evidence-badge.js';
import type { OptionDefault, SectionOf, StringsKeyOf } from '../../manifest/widgets.js';


/** The badge's own section of the UI strings: `{ badge }`. */
type BadgeOwnStrings = Record<StringsKeyOf<'evidence-badge'>, BadgeStrings>;
/** What the badge renders from: the study record and the evidence section, the common and the badge's strings. */
type BadgeContext = RenderContext<SectionOf<'evidence-badge'>, BadgeOwnStrings>;

/** Detail of `badge-toggle`. */
export interface BadgeToggleDetail {
  open: boolean;
}

/**
 * A full name with the short one the source line uses in brackets, so readers learn what it stands
 * for ("National Cancer Institute (NCI)"), unless the full one already carries it ("… Sciences (PNAS)").
 */
function withShortName(full: string, short: string | undefined): string {
  return short && !full.includes(short) ? `${full} (${short})` : full;
}

/**
 * "Ivy X. Chen, Vikash P. Chauhan, Jessica Posada, et al. Title. Proceedings of the National
 * Academy of Sciences (PNAS). 2019;116(10):4558–4566; published online January 30, 2019.
 * https://doi.org/…" (year;volume(issue):pages, then the online date; without volume and pages,
 * the date alone). The journal's full name: the source line under every widget gives only the
 * short one, and here a reader learns what it stands for.
 */
export function citationText(doc: ExplainerCore, lang: string, strings: BadgeStrings): string {
  const { study } = doc;
  const authors = study.authors.length > 3 ? `${study.authors.slice(0, 3).join(', ')}, ${strings.etAl}` : study.authors.join(', ');
  const end = (part: string) => (/[.?!]$/.test(part) ? part : `${part}.`);
  const day = formatDate(study.published, lang);
  const date = study.citation ? `${study.published.slice(0, 4)};${study.citation}; ${format(strings.publishedOnline, { date: day })}` : day;
  const parts = [authors, study.title, withShortName(study.journal, study.journalShort), date].filter(Boolean).map(end);
  if (study.doi) parts.push(doiUrl(study.doi));
  else if (safeUrl(study.url)) parts.push(study.url!);
  return parts.join(' ');
}

/**
 * @tagname evidence-badge
 * @summary What kind of evidence a study is, in words at a glance, with details on demand.
 *
 * The compact variant (default) is a one-line pill in words ("Early research · Experimental
 * study · In mice · Peer-reviewed") with the details behind a native disclosure; the full
 * variant shows the details at once. Print always shows the details.
 *
 * @csspart base - The element's box.
 * @csspart heading - The main heading (full variant).
 * @csspart section-heading - The headings of the detail sections.
 * @csspart pill - The one-line badge in words (a list of labels).
 * @csspart icon - The small stage picture in the pill (decorative).
 * @csspart lead - The one-line plain summary under the pill.
 * @csspart disclosure - The `<details>` element (compact variant).
 * @csspart toggle - The disclosure's `<summary>`: "What kind of evidence is this?".
 * @csspart panel - The details: labels, stage, status, caveats, audience notes, citation.
 * @csspart labels - The scheme labels with their definitions.
 * @csspart ladder - The stage ladder (an ordered list).
 * @csspart rung - One rung of the ladder.
 * @csspart current-rung - This study's rung.
 * @csspart status - The dated clinical status.
 * @csspart caveats - The attributed caveats.
 * @csspart audience-notes - "What this means for you" (patient) or the study details (clinician).
 * @csspart citation - The citation with its links and the copy button.
 * @csspart copy-button - The "Copy citation" button.
 * @csspart copy-status - The polite live region that confirms the copy.
 * @csspart notice - The note shown on made-up example documents.
 * @csspart source - The source line with links to the paper and the news report.
 * @csspart loading - The loading message.
 * @csspart error - The error message shown when content cannot be used.
 *
 * @cssprop --se-font-family - Font family.
 * @cssprop --se-font-size - Base font size (default 1rem).
 * @cssprop --se-text-color - Text colour.
 * @cssprop --se-muted-color - Secondary text colour.
 * @cssprop --se-surface-color - Background colour.
 * @cssprop --se-subtle-color - Background of quiet panels (the pill, the ladder's rungs).
 * @cssprop --se-border-color - Border colour.
 * @cssprop --se-accent-color - Accent colour (links, this study's rung, the pill's icon).
 * @cssprop --se-accent-text-color - Text on the accent colour.
 * @cssprop --se-focus-color - Focus ring colour.
 * @cssprop --se-error-color - Error accent colour.
 * @cssprop --se-radius - Corner radius.
 * @cssprop --se-block-margin - Space above and below the widget (default 1.5rem; 0 removes it).
 * @cssprop --se-space - Base spacing.
 *
 * @event explainer-ready - The content has rendered. Detail: `{ origin, lang }`.
 * @event explainer-error - Content could not be used. Detail: `{ reason, path, message }` (ExplainerEventMap): `reason` is what readers are told, `path` and `message` the technical problem.
 * @event badge-toggle - The details were opened or closed (by the reader or through `open`). Detail: `{ open }`.
 *
 * @slot - Fallback content (plain text and lists): shown before the element upgrades, without JavaScript and while a `src` document loads; hidden once the content renders.
 */
export class EvidenceBadge extends ExplainerElement<SectionOf<'evidence-badge'>, BadgeOwnStrings> {
  static override styles = [baseStyles, styles, staticStyles];
  protected static override uiStrings = elementStrings('badge' satisfies StringsKeyOf<'evidence-badge'>, badgeStrings);
  protected static override section: SectionOf<'evidence-badge'> = 'evidence';
  // Declared without decorators, as in ExplainerElement (smaller bundle).
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    open: { type: Boolean, reflect: true },
    copyState: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  /** True between beforeprint and afterprint: paper always shows the details. */
  private printing = false;
  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);

  override connectedCallback() {
    super.connectedCallback();
    // CSS alone cannot open a closed <details> in print in every browser (Firefox ESR lacks ::details-content).
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** `compact` (a pill, details on demand; the default) or `full` (details always shown). */
  variant?: string;

  /** Whether the details of the compact variant are open. */
  open = false;

  /** Outcome of the last "Copy citation" press, announced politely. */
  private copyState: '' | 'copied' | 'copySelected' = '';

  protected renderContent(context: BadgeContext): TemplateResult {
    const { doc, t, strings, headingLevel } = context;
    const ui = strings.badge;
    const variant = pickEnum(this.variant, BADGE_VARIANTS, 'compact' satisfies OptionDefault<'evidence-badge', 'variant'>, (bad) =>
      this.warn(`variant:${bad}`, `invalid variant '${bad}'; using 'compact'.`),
    );
    const full = variant === 'full';
    const panel = this.renderPanel(context, full ? headingLevel + 1 : headingLevel);
    return html`<div class="badge ${variant}">
      ${full ? heading(headingLevel, ui.question) : nothing} ${this.renderPill(context)}
      <p class="lead" part="lead">${t(doc.evidence.summary.text)}</p>
      ${exampleNotice(context)}
      ${full
        ? panel
        : html`<details class="disclosure" part="disclosure" ?open=${this.open || this.printing} @toggle=${this.onToggle}>
            <summary part="toggle">${ui.question}</summary>
            ${panel}
          </details>`}
      ${sourceLine(context)}
    </div>`;
  }

  private renderPill({ doc, t, strings }: BadgeContext) {
    const ui = strings.badge;
    const ev = doc.evidence;
    const words = pillWords(ev, ui, t);
    return html`<div class="pill-row">
      ${stageIcon(ev.stage)}
      <ul class="pill" part="pill" aria-label=${ui.label}>
        ${words.map((word) => html`<li>${word}</li>`)}
      </ul>
    </div>`;
  }

  private renderPanel(context: BadgeContext, level: number) {
    const { doc, t, strings, lang, audience } = context;
    const ui = strings.badge;
    const ev = doc.evidence;
    const sub = (text: string) => heading(Math.min(level, 6), text, 'section-heading', 'section-heading');
    const definition = (label: EvidenceLabel) => {
      const text = t(ev.definitions[label]);
      return html`<dd><strong class="label">${ui[label]}</strong>${text ? html`<span class="def">: ${text}</span>` : nothing}</dd>`;
    };
    const group = (name: string, labels: readonly EvidenceLabel[]) => html`<dt>${name}</dt>${labels.map(definition)}`;
    const statements = (items: Statement[] | undefined) =>
      items?.length ? html`<ul class="statements">${items.map((s) => html`<li>${t(s.text)}</li>`)}</ul>` : nothing;
    const asOf = formatDate(ev.statusAsOf, lang, 'month');
    const forYou = audience === 'patient' && ev.forReaders?.length;

    return html`<div class="panel" part="panel">
      <section class="section" part="labels">
        ${sub(ui.labelsHeading)}
        <dl class="labels">
          ${group(ui.peerReviewGroup, [ev.peerReview])} ${group(ui.studyTypeGroup, ev.studyTypes)}
          ${group(ui.subjectsGroup, ev.subjects)}
        </dl>
        ${ev.details.length ? html`<p class="sub-label">${ui.whatWasStudied}</p>${statements(ev.details)}` : nothing}
      </section>
      <section class="section">
        ${sub(ui.ladderHeading)} ${stageLadder(ev.stage, ui)}
        ${ev.definitions[ev.stage] ? html`<p class="stage-def">${t(ev.definitions[ev.stage])}</p>` : nothing}
      </section>
      <section class="section" part="status">
        ${sub(format(ui.statusHeading, { date: asOf }))}
        ${statements(ev.status)}
      </section>
      ${ev.caveats.length
        ? html`<section class="section" part="caveats">
            ${sub(ui.caveatsHeading)}
            <ul class="statements caveats">
              ${ev.caveats.map(
                (c) => html`<li>${t(c.text)} <span class="attribution">${format(ui.attribution, { name: c.attribution })}</span></li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${forYou
        ? html`<section class="section" part="audience-notes">${sub(ui.forYouHeading)} ${statements(ev.forReaders)}</section>`
        : audience === 'clinician'
          ? this.renderStudyDetails(context, sub)
          : nothing}
      ${this.renderCitation(context, sub)}
    </div>`;
  }

  private renderStudyDetails({ doc, t, strings, lang }: BadgeContext, sub: (text: string) => TemplateResult) {
    const ui = strings.badge;
    const { study } = doc;
    const row = (name: string, value: unknown) => html`<dt>${name}</dt><dd>${value}</dd>`;
    return html`<section class="section" part="audience-notes">
      ${sub(ui.studyDetailsHeading)}
      <dl class="facts">
        ${row(ui.paper, study.title)} ${row(ui.authors, study.authors.join(', '))}
        ${row(ui.journal, study.citation ? `${study.journal}, ${study.citation}` : study.journal)}
        ${row(ui.published, formatDate(study.published, lang))} ${study.pmid ? row(ui.pmid, study.pmid) : nothing}
        ${study.pmcid ? row(ui.pmcid, study.pmcid) : nothing} ${study.funding ? row(ui.funding, t(study.funding.text)) : nothing}
      </dl>
    </section>`;
  }

  private renderCitation({ doc, strings, lang }: BadgeContext, sub: (text: string) => TemplateResult) {
    const ui = strings.badge;
    const { study } = doc;
    const doi = study.doi ? doiUrl(study.doi) : undefined;
    const paper = safeUrl(study.url);
    const news = study.news;
    const newsUrl = safeUrl(news?.url);
    const newsText = news ? `${news.title} (${withShortName(news.publisher, news.publisherShort)}, ${formatDate(news.date, lang)})` : '';
    return html`<section class="section" part="citation">
      ${sub(ui.citationHeading)}
      <p class="citation-text">${breakable(citationText(doc, lang, ui))}</p>
      <ul class="links">
        ${doi ? html`<li>${ui.doi}: <a class="doi" href=${doi} rel="noopener noreferrer">${breakable(doi)}</a></li>` : nothing}
        ${paper && paper !== doi ? html`<li><a href=${paper} rel="noopener noreferrer">${strings.common.readThePaper}</a></li>` : nothing}
        ${news
          ? html`<li>
              ${ui.newsReport}: ${newsUrl ? html`<a class="news" href=${newsUrl} rel="noopener noreferrer">${newsText}</a>` : newsText}
            </li>`
          : nothing}
      </ul>
      <div class="copy-row">
        <button type="button" class="copy" part="copy-button" @click=${this.copyCitation}>${ui.copy}</button>
        <span class="copy-status" part="copy-status" role="status">${this.copyState ? ui[this.copyState] : ''}</span>
      </div>
    </section>`;
  }

  private onToggle(event: Event) {
    if (this.printing) return; // opened for paper, not by the reader
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open !== this.open) this.open = open;
  }

  /** Puts the citation on the clipboard, or selects it when the Clipboard API is unavailable or refused. */
  private async copyCitation() {
    const box = this.renderRoot.querySelector<HTMLElement>('.citation-text');
    const text = box?.textContent?.trim() ?? '';
    let result: 'copied' | 'copySelected' = 'copied';
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
    } catch {
      result = 'copySelected';
      if (box) getSelection()?.selectAllChildren(box);
    }
    // Empty first, so that pressing again announces again.
    this.copyState = '';
    await this.updateComplete;
    this.copyState = result;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // The first value (attribute or default) is not a toggle.
    if (changed.has('open') && changed.get('open') !== undefined) {
      this.emit<BadgeToggleDetail>('badge-toggle', { open: this.open });
    }
  }
}
