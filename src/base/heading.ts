import { html, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../manifest/common-options.js';

/**
 * A real heading element at a configurable level (2–6). A switch over literal templates keeps
 * tag names out of strings: no static-html, nothing a Trusted Types policy has to allow.
 */
export function heading(level: number, content: unknown, className = 'heading', part = 'heading'): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level))) as HeadingLevel) {
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}
