import { defineElement } from '../../base/define.js';
import type { Tag } from '../../manifest/widgets.js';
import { StudyArmsChart } from './study-arms-chart.js';

defineElement('study-arms-chart' satisfies Tag, StudyArmsChart);

declare global {
  interface HTMLElementTagNameMap {
    'study-arms-chart': StudyArmsChart;
  }
}

export { StudyArmsChart };
