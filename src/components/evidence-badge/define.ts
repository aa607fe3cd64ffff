import { defineElement } from '../../base/define.js';
import { setContentSources } from '../../base/content-sources.js';
import { staticSources } from '../../base/static-sources.js';
import type { Tag } from '../../manifest/widgets.js';
import { EvidenceBadge } from './evidence-badge.js';

// The whole built-in study and the validator come with this entry (the loader injects lazy ones).
setContentSources(staticSources);
defineElement('evidence-badge' satisfies Tag, EvidenceBadge);

declare global {
  interface HTMLElementTagNameMap {
    'evidence-badge': EvidenceBadge;
  }
}

export { EvidenceBadge };
