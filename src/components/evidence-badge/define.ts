import { defineElement } from '../../base/define.js';
import type { Tag } from '../../manifest/widgets.js';
import { EvidenceBadge } from './evidence-badge.js';

defineElement('evidence-badge' satisfies Tag, EvidenceBadge);

declare global {
  interface HTMLElementTagNameMap {
    'evidence-badge': EvidenceBadge;
  }
}

export { EvidenceBadge };
