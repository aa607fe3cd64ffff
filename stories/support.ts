/**
 * Shared pieces of the stories: attribute helpers, the controls for the common attributes, and
 * waits/queries that reach into the elements' shadow roots. Not a story file itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { defaultExplainer } from '../src/content/default/index.js';
import { COMMON_OPTIONS, TAGS, WIDGETS, type Tag, type WidgetOption } from '../src/manifest/widgets.js';
import { LANGUAGES } from '../src/i18n/languages.js';

/** The built-in English document: the stories derive step counts and ids from it. */
export const DEFAULT_DOC = defaultExplainer[0];
export const STEP_COUNT = DEFAULT_DOC.mechanism.steps.length;
export const STEP_IDS = DEFAULT_DOC.mechanism.steps.map((s) => s.id);
export const OUTCOME_IDS = DEFAULT_DOC.arms.outcomes.map((o) => o.id);
export const ARM_IDS = DEFAULT_DOC.arms.arms.map((a) => a.id);

/** The attributes every element shares, named as in HTML (so the controls write attributes). */
export interface CommonArgs {
  lang?: string;
  audience?: string;
  theme?: string;
  'heading-level'?: number;
  src?: string;
  'fetch-timeout'?: number;
  onExplainerReady?: (event: Event) => void;
  onExplainerError?: (event: Event) => void;
}

/** An attribute value, or no attribute at all when the control is empty. */
export function attr(value: string | number | undefined | null): string | typeof nothing {
  return value === undefined || value === null || value === '' ? nothing : String(value);
}

export const commonArgs: CommonArgs = { lang: 'en', audience: 'patient', theme: 'light', 'heading-level': 3 };

/** The list of the built-in document that an option names an item of (`of`: "arms.outcomes"). */
const listOf = (path: string): unknown[] => path.split('.').reduce<any>((at, key) => at?.[key], DEFAULT_DOC) ?? []; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A control for an option of the manifest (src/manifest/): its values, or the ids and indices of the built-in study. */
function control(option: WidgetOption): ArgTypes[string] {
  switch (option.kind) {
    case 'enum':
      return { control: option.values.length > 4 ? 'select' : 'inline-radio', options: [...option.values] };
    case 'language':
      return { control: 'inline-radio', options: [...LANGUAGES] };
    case 'boolean':
      return { control: 'boolean' };
    case 'index':
      return { control: { type: 'number', min: 0, max: listOf(option.of).length - 1, step: 1 } };
    case 'id':
      return { control: 'select', options: ['', ...listOf(option.of).map((item) => (item as { id: string }).id)] };
  }
}

const controls = (options: Readonly<Record<string, WidgetOption>>) => Object.fromEntries(Object.entries(options).map(([name, option]) => [name, control(option)]));

/** Controls for the shared attributes; descriptions and defaults come from custom-elements.json. */
export const commonArgTypes: Partial<ArgTypes<CommonArgs>> = {
  ...controls(COMMON_OPTIONS),
  src: { control: 'text' },
  'fetch-timeout': { control: 'number' },
};

/** A widget's own controls and their starting values, from its manifest entry. */
export const ownArgTypes = (tag: Tag) => controls(WIDGETS[tag].options);
export const ownArgs = (tag: Tag) => Object.fromEntries(Object.entries(WIDGETS[tag].options).map(([name, option]) => [name, option.default]));

/** A page background matching the theme, so dark stories look like a dark page. */
export const pageBackground: Decorator = (story, { args }) => {
  const dark = (args as CommonArgs).theme === 'dark';
  return html`<div style="padding: 1rem; background: ${dark ? '#0b0e12' : 'transparent'}">${story()}</div>`;
};

/** A child `<script type="application/json">` whose text is cut off: not valid JSON. */
export const brokenInlineJson = (): TemplateResult => html`<script type="application/json">
  { "schemaVersion": 1, "id": "broken-example", "study": { "title": "cut off here
</script>`;

/** A `src` that answers 404 (fails in well under a second; `fetch-timeout` bounds it anyway). */
export const MISSING_SRC = './missing-explainer-for-storybook.json';

/** The element with this tag in the story's canvas. */
export function host<T extends HTMLElement = HTMLElement>(canvasElement: HTMLElement, tag: string): T {
  const element = canvasElement.querySelector<T>(tag);
  if (!element) throw new Error(`no <${tag}> in the story`);
  return element;
}

/** The element's shadow root. */
export function shadow(canvasElement: HTMLElement, tag: string): ShadowRoot {
  const root = host(canvasElement, tag).shadowRoot;
  if (!root) throw new Error(`<${tag}> has no shadow root (not upgraded?)`);
  return root;
}

/** Waits until the element shows its content (not the loading line), then for Lit to settle. */
export async function rendered(canvasElement: HTMLElement, tag: string, state: 'content' | 'error' = 'content'): Promise<ShadowRoot> {
  await waitFor(
    () => {
      const root = shadow(canvasElement, tag);
      expect(root.querySelector('.loading')).toBeNull();
      const error = root.querySelector('[part="error"]');
      if (state === 'error') expect(error).not.toBeNull();
      else expect(error, `<${tag}> shows an error: ${error?.textContent?.trim()}`).toBeNull();
      expect(root.querySelector('.root')).not.toBeNull();
    },
    { timeout: 4000 },
  );
  await (host(canvasElement, tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return shadow(canvasElement, tag);
}

/** Waits for every explainer element in the canvas (the default play of the stories). */
export async function allRendered(canvasElement: HTMLElement) {
  for (const tag of TAGS) {
    if (canvasElement.querySelector(tag)) await rendered(canvasElement, tag);
  }
}

/** Checks the error state: readers get the problem in words, never the path (that goes to the console). */
export async function expectError(canvasElement: HTMLElement, tag: string, words: string) {
  const root = await rendered(canvasElement, tag, 'error');
  const error = root.querySelector('[part="error"]')!;
  await expect(text(error)).toContain(`This explainer could not be shown: its study data ${words}.`);
  await expect(error.textContent).not.toContain('missing-explainer-for-storybook');
}

/** Text of an element with normalised white space. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Play function of every element's "broken inline JSON" story. */
export const expectInlineJsonError = (tag: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) =>
  expectError(canvasElement, tag, 'could not be read');

/** Args and play of every element's "src that fails" story (its own render applies; the name stays in the story file). */
export const errorSrcStory = (tag: string) => ({
  args: { src: MISSING_SRC, 'fetch-timeout': 2000 },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => expectError(canvasElement, tag, 'could not be loaded'),
});
