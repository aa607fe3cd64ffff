import { EvidenceBadge as EvidenceBadgeElement } from '../components/evidence-badge/define.js';
import { wrapElement } from './wrap.js';

/** `<evidence-badge>` for React: typed props and `on<Event>` callbacks, `data` applied from the first render. */
export const EvidenceBadge = wrapElement('evidence-badge', EvidenceBadgeElement, 'EvidenceBadge');
