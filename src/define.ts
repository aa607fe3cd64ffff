/** Registers all three elements (skipping any tag already defined). */
import './components/mechanism-stepper/define.js';
import './components/study-arms-chart/define.js';
import './components/evidence-badge/define.js';
export type * from './types/props.js';
