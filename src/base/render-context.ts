import type { Audience, ExplainerSection, Text } from '../content/types.js';
import type { CommonSection } from '../i18n/ui-strings.js';
import type { Language } from '../i18n/languages.js';
import type { HeadingLevel } from '../manifest/common-options.js';
import type { SectionDocument } from './content-request.js';

/**
 * What a subclass renders from: the document with the sections the element gets (`S`), the UI
 * strings it has (the common section plus `Own`, e.g. `{ badge: BadgeStrings }`) and the resolved
 * settings. `RenderContext<never>` is what every element has: helpers shared by all take it.
 */
export interface RenderContext<S extends ExplainerSection = ExplainerSection, Own extends object = object> {
  doc: SectionDocument<S>;
  lang: Language;
  audience: Audience;
  strings: CommonSection & Own;
  headingLevel: HeadingLevel;
  /** Text for the current audience. */
  t: (text: Text | undefined) => string;
}
