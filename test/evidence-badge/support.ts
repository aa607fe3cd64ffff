import type { EvidenceBadge } from '../../src/index.js';
import type { ExplainerDocument } from '../../src/content/types.js';
import { copyOfDefault } from '../support/helpers.js';

export const shadow = (el: EvidenceBadge) => el.shadowRoot!;
export const part = <T extends Element = HTMLElement>(el: EvidenceBadge, name: string) =>
  shadow(el).querySelector<T>(`[part~="${name}"]`);
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const details = (el: EvidenceBadge) => shadow(el).querySelector<HTMLDetailsElement>('details');
export { isFirefox } from '../support/engines.js';

/**
 * A made-up document of another shape: a large randomised trial in people, peer-reviewed,
 * late clinical stage, with a news link and audience-specific reader notes.
 */
export function fictionalTrial(lang: 'en' | 'es' = 'en'): ExplainerDocument {
  const doc = copyOfDefault(lang);
  delete doc.ledger;
  doc.id = 'example-walking-trial';
  doc.example = true;
  doc.study = {
    title: 'Daily walking and fatigue during chemotherapy: a randomised trial (fictional)',
    headline: 'Made-up example: a walking trial in people',
    journal: 'Journal of Example Studies',
    citation: '12(3):45–67',
    published: '2024-05-02',
    doi: '10.5555/example.0001',
    authors: ['Ana Ejemplo', 'Ben Sample'],
    url: 'https://example.org/papers/walking',
    news: { title: 'Walking and fatigue', publisher: 'Example News', date: '2024-05-10', url: 'https://example.org/news/walking' },
  };
  doc.evidence = {
    peerReview: 'peer-reviewed',
    studyTypes: ['randomised-controlled-trial'],
    subjects: ['people'],
    stage: 'late-clinical',
    statusAsOf: '2024-06-01',
    summary: { text: 'A made-up large trial in people having chemotherapy.', claims: ['X1'] },
    details: [{ text: 'People having chemotherapy were put into two groups by chance.', claims: ['X1'] }],
    status: [{ text: 'The walking plan is being tried in a second, larger trial.', claims: ['X2'] }],
    caveats: [{ text: 'The people knew which group they were in.', attribution: 'Dr Example Reviewer', claims: ['X3'] }],
    forReaders: [{ text: { patient: 'Ask your care team before starting a new exercise plan.', clinician: 'Clinician note.' }, claims: ['X2'] }],
    definitions: {
      'peer-reviewed': 'Other scientists checked the study before it was published.',
      'randomised-controlled-trial': 'People were put into groups by chance and the groups were compared.',
      people: 'The results come from people.',
      'late-clinical': 'Large trials in people, the last step before a treatment can be approved.',
    },
  };
  return doc;
}
