import { defineElement } from '../../base/define.js';
import { EvidenceBadge } from './evidence-badge.js';

defineElement('evidence-badge', EvidenceBadge);

declare global {
  interface HTMLElementTagNameMap {
    'evidence-badge': EvidenceBadge;
  }
}

export { EvidenceBadge };
