import { AUDIENCES } from '../content/types.js';
import type { WidgetOption } from './types.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The attributes every widget has that editors offer (besides `src`, `data` and `fetch-timeout`). */
export const COMMON_OPTIONS = {
  lang: {
    kind: 'language',
    default: '',
    label: 'Language',
    help: "The language of the widget and its text version. Site default follows the site's language (English if the widget does not speak it).",
    choices: { '': 'Site default' },
  },
  audience: {
    kind: 'enum',
    values: AUDIENCES,
    default: 'patient',
    label: 'Audience',
    help: 'Who the wording is written for: plain language, or the terms clinicians use.',
    choices: { patient: 'Patients and the public', clinician: 'Clinicians' },
  },
  theme: {
    kind: 'enum',
    values: THEMES,
    default: 'auto',
    label: 'Theme',
    help: "Light or dark colours. Automatic follows the reader's device setting.",
    choices: { auto: "Automatic (the reader's setting)", light: 'Light', dark: 'Dark' },
  },
  'heading-level': {
    kind: 'enum',
    values: HEADING_LEVELS,
    default: 3,
    editorDefault: 2,
    label: 'Heading level',
    help: "The widget's main heading. In a post, H2 unless it sits under a heading of the post.",
  },
} as const satisfies Record<string, WidgetOption>;

/** A common option's default, as a type (see OptionDefault in widgets.ts). */
export type CommonDefault<O extends keyof typeof COMMON_OPTIONS> = (typeof COMMON_OPTIONS)[O]['default'];
