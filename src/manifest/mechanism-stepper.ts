import type { WidgetManifest } from './types.js';

export const mechanismStepper = {
  tag: 'mechanism-stepper',
  className: 'MechanismStepper',
  section: 'mechanism',
  strings: 'stepper',
  title: 'Mechanism stepper',
  description: 'How the treatment works, one illustrated step at a time.',
  wordpress: { icon: 'list-view', keywords: ['mechanism', 'steps', 'how it works', 'study explainer'], example: { lang: 'en', step: 1 } },
  options: {
    step: {
      kind: 'index',
      of: 'mechanism.steps',
      default: 0,
      label: 'Starting step',
      help: 'The step readers see first. They can still go through every step.',
    },
    'show-all': {
      kind: 'boolean',
      default: false,
      label: 'Show all steps',
      help: 'Lists every step with its picture at once, instead of one step at a time.',
    },
  },
} as const satisfies WidgetManifest;
