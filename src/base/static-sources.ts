import { defaultExplainer } from '../content/default/index.js';
import { loadExternal } from './external-content.js';
import type { ContentSources } from './content-sources.js';

/** The whole built-in study and the validator, imported statically: the npm entry's and the classic bundle's sources. */
export const staticSources: ContentSources = {
  defaultDocuments: () => defaultExplainer,
  loadExternalContent: () => loadExternal,
};
