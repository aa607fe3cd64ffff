import { html } from 'lit';
import { ExplainerElement, type RenderContext } from '../../base/explainer-element.js';
import { baseStyles } from '../../base/tokens.styles.js';
import { heading } from '../../base/heading.js';
import { exampleNotice, sourceLine } from '../../base/source-line.js';
import { styles } from './evidence-badge.styles.js';

/**
 * @summary What kind of evidence a study is, in words at a glance, with details on demand.
 *
 * @csspart base - The element's box.
 * @csspart heading - The main heading.
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
 * @cssprop --se-space - Base spacing.
 *
 * @event explainer-ready - The content has rendered. Detail: `{ origin, lang }`.
 * @event explainer-error - Content could not be used. Detail: `{ message, path }`.
 *
 * @slot - Fallback content shown before the element upgrades (and without JavaScript).
 */
export class EvidenceBadge extends ExplainerElement {
  static override styles = [baseStyles, styles];

  protected renderContent(context: RenderContext) {
    const { t, doc, headingLevel } = context;
    return html`${heading(headingLevel, t(doc.study.headline))} ${exampleNotice(context)} ${sourceLine(context)}`;
  }
}
