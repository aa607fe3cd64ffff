import type { ExplainerSection } from '../content/types.js';

/**
 * The shape of a widget's declaration (see widgets.ts). Data only: the elements, the loader,
 * the iframe embed, the builder, Storybook, the framework typings and the WordPress plugin read
 * it or are generated from it, so a widget's tag, section and options are written once.
 */

/** How an option's value is checked, and which control editors show for it. */
export type OptionKind =
  /** One of a fixed list of values. */
  | { kind: 'enum'; values: readonly (string | number)[] }
  /** A boolean attribute: present is on. */
  | { kind: 'boolean' }
  /** A supported language, or empty to follow the page. */
  | { kind: 'language' }
  /** A 0-based index into a list of the document (the mechanism's steps). */
  | { kind: 'index'; of: 'mechanism.steps' }
  /** The id of an item of the document (an outcome or an arm). */
  | { kind: 'id'; of: 'arms.outcomes' | 'arms.arms' };

/** One attribute an editor may set. Its name (the key in `options`) is the HTML attribute's. */
export type WidgetOption = OptionKind & {
  /** The element's own default; embeds leave it out of the markup. */
  default: string | number | boolean;
  /** Where editors start when it differs from the element's default (WordPress blocks use h2). */
  editorDefault?: string | number | boolean;
  /** The control's label in editors (builder, WordPress, Storybook). */
  label: string;
  /** One line under the control. */
  help: string;
  /** Words for some values in a picker (enum values, or the empty value of an id/index/language). */
  choices?: Readonly<Record<string, string>>;
};

export interface WidgetManifest {
  /** The custom element's tag, also its folder under src/components/ and its package subpath. */
  tag: string;
  /** The element class's exported name (in src/components/<tag>/<tag>.ts). */
  className: string;
  /** The document section it shows; of the built-in study, the loader fetches only this one. */
  section: ExplainerSection;
  /** Its key in the UI strings (`UiStrings`, `el.strings = { [key]: … }`). */
  strings: string;
  /** For editors and pickers. */
  title: string;
  description: string;
  /** The WordPress block's dashicon, inserter keywords and inserter example settings. */
  wordpress: { icon: string; keywords: readonly string[]; example: Readonly<Record<string, string | number | boolean>> };
  /** Its own attributes, beyond the common ones (common-options.ts). */
  options: Readonly<Record<string, WidgetOption>>;
}
