/** Moved to src/util/freeze.ts; this path stays only until src/content/default/index.ts imports it from there. */
export { freezeDeep } from '../util/freeze.js';
