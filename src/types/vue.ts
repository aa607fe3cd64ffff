/**
 * Vue 3 GlobalComponents entries for the three tags, so Volar/vue-tsc check their props and
 * events in templates: `import type {} from 'study-explainers/types/vue'` once in your app.
 * Vue must still be told they are custom elements (`isCustomElement`, see the README).
 */
import type { EmitFn, PublicProps } from 'vue';
import type { ElementTypes } from './props.js';

type VueEmit<Events> = EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;

/** A constructor type Vue's tooling reads `$props` and `$emit` from. */
export type VueCustomElement<Tag extends keyof ElementTypes> = new () => HTMLElementTagNameMap[Tag] & {
  $props: ElementTypes[Tag]['props'] & PublicProps;
  $emit: VueEmit<ElementTypes[Tag]['events']>;
};

type VueTags = { [Tag in keyof ElementTypes]: VueCustomElement<Tag> };

declare module 'vue' {
  // Every tag of the manifest (src/manifest/widgets.ts), none written here.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
  interface GlobalComponents extends VueTags {}
}
