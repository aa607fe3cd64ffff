import { defineElement } from '../../base/define.js';
import { StudyArmsChart } from './study-arms-chart.js';

defineElement('study-arms-chart', StudyArmsChart);

declare global {
  interface HTMLElementTagNameMap {
    'study-arms-chart': StudyArmsChart;
  }
}

export { StudyArmsChart };
