/** Moved to src/strings.ts (above the elements); this path stays only until test/study-arms-chart/support.ts imports `strings` from src/index.js. */
export { strings } from '../strings.js';
