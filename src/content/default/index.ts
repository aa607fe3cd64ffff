import type { ExplainerDocument } from '../types.js';
import { plerixafor2019En } from './plerixafor-2019.en.js';
import { plerixafor2019Es } from './plerixafor-2019.es.js';

/** The built-in study (2019 PNAS, plerixafor plus checkpoint inhibitors), one document per language. */
export const defaultExplainer: readonly ExplainerDocument[] = Object.freeze([plerixafor2019En, plerixafor2019Es]);
