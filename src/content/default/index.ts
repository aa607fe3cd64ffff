import type { ExplainerDocument } from '../types.js';
import { plerixafor2019En } from './plerixafor-2019.en.js';
import { plerixafor2019Es } from './plerixafor-2019.es.js';
import { freezeDeep } from '../../base/freeze.js';

/**
 * The built-in study (2019 PNAS, plerixafor plus checkpoint inhibitors), one document per
 * language. Deeply frozen: the elements show it without running the validator (the test suite
 * checks it), so no page script may change it; copy it (`structuredClone`) to make a variant.
 */
export const defaultExplainer: readonly ExplainerDocument[] = freezeDeep([plerixafor2019En, plerixafor2019Es]);
