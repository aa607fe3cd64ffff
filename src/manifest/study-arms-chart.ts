import type { WidgetManifest } from './types.js';

export const CHART_VIEWS = ['chart', 'panels', 'table'] as const;
export type ChartView = (typeof CHART_VIEWS)[number];

export const studyArmsChart = {
  tag: 'study-arms-chart',
  className: 'StudyArmsChart',
  section: 'arms',
  strings: 'chart',
  title: 'Study-arms chart',
  description: 'The treatment groups of the study and what happened in each.',
  wordpress: { icon: 'chart-bar', keywords: ['chart', 'results', 'groups', 'study explainer'], example: { lang: 'en', view: 'chart', highlight: 'combination' } },
  options: {
    outcome: {
      kind: 'id',
      of: 'arms.outcomes',
      default: '',
      label: 'Outcome',
      help: 'Show one result of the study, or all of them.',
      choices: { '': 'All outcomes' },
    },
    view: {
      kind: 'enum',
      values: CHART_VIEWS,
      default: 'chart',
      label: 'View',
      help: 'Bars or a table with the same numbers.',
      choices: { chart: 'Chart (at a glance)', panels: 'Every outcome in full', table: 'Table' },
    },
    highlight: {
      kind: 'id',
      of: 'arms.arms',
      default: '',
      label: 'Highlight a group',
      help: 'One treatment group stands out in every panel and in the table.',
      choices: { '': 'None' },
    },
  },
} as const satisfies WidgetManifest;
