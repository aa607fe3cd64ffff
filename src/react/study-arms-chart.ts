import { StudyArmsChart as StudyArmsChartElement } from '../components/study-arms-chart/define.js';
import { wrapElement } from './wrap.js';

/** `<study-arms-chart>` for React: typed props and `on<Event>` callbacks, `data` applied from the first render. */
export const StudyArmsChart = wrapElement('study-arms-chart', StudyArmsChartElement, 'StudyArmsChart');
