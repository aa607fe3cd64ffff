import type { ExplainerDocument } from '../src/content/types.js';
import type { LIMITS } from '../src/content/limits.js';

export function worstDocument(base: ExplainerDocument, limits: { readonly [K in keyof typeof LIMITS]: number }): ExplainerDocument;
