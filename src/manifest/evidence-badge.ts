import type { WidgetManifest } from './types.js';

export const BADGE_VARIANTS = ['compact', 'full'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

export const evidenceBadge = {
  tag: 'evidence-badge',
  className: 'EvidenceBadge',
  section: 'evidence',
  strings: 'badge',
  title: 'Evidence badge',
  description: 'What kind of evidence the study is: peer review, study type, who or what was studied.',
  wordpress: { icon: 'awards', keywords: ['evidence', 'label', 'study', 'study explainer'], example: { lang: 'en', variant: 'full' } },
  options: {
    variant: {
      kind: 'enum',
      values: BADGE_VARIANTS,
      default: 'compact',
      label: 'Badge style',
      help: 'Compact is one line that readers can open; full shows the details at once.',
      choices: { compact: 'Compact (details on demand)', full: 'Full (details shown)' },
    },
    open: {
      kind: 'boolean',
      default: false,
      label: 'Details open at first',
      help: 'The compact badge starts with its details shown. Readers can close them.',
    },
  },
} as const satisfies WidgetManifest;
