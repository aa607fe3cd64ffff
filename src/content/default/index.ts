import type { ExplainerDocument } from '../types.js';
import { documents } from './plerixafor-2019.documents.js';
import { freezeDeep } from '../../util/freeze.js';

/**
 * The built-in study (2019 PNAS, plerixafor plus checkpoint inhibitors), one document per
 * language. Every statement carries claim ids from the ledger in
 * `../ledger/plerixafor-2019.ledger.ts`; the only numbers are the ones the source states. Its
 * facts are written once (plerixafor-2019.<part>.ts) and its words once per language
 * (plerixafor-2019.<lang>.text.ts).
 *
 * Deeply frozen: the elements show it without running the validator (the test suite
 * checks it), so no page script may change it; copy it (`structuredClone`) to make a variant.
 */
export const defaultExplainer: readonly ExplainerDocument[] = freezeDeep(documents);
