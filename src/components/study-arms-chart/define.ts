import { defineElement } from '../../base/define.js';
import { setContentSources } from '../../base/content-sources.js';
import { staticSources } from '../../base/static-sources.js';
import type { Tag } from '../../manifest/widgets.js';
import { StudyArmsChart } from './study-arms-chart.js';

// The whole built-in study and the validator come with this entry (the loader injects lazy ones).
setContentSources(staticSources);
defineElement('study-arms-chart' satisfies Tag, StudyArmsChart);

declare global {
  interface HTMLElementTagNameMap {
    'study-arms-chart': StudyArmsChart;
  }
}

export { StudyArmsChart };
