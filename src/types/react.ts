/**
 * React 19 JSX types for the three tags: `import type {} from 'study-explainers/types/react'`
 * once in your app (or list it in tsconfig `types`). React 19 sets object props such as `data`
 * as properties and adds `on<event>` props (`onstep-change`) as event listeners, but not while it
 * hydrates server HTML (facebook/react#35446): in server-rendered apps (Next.js) use the
 * components of `study-explainers/react` instead, typed from the same props and events.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ElementTypes } from './props.js';

type EventProps<Events> = { [K in keyof Events as `on${K & string}`]?: (event: Events[K]) => void };

/** React's own HTML props plus ours; ours win where both name a prop (`lang`). */
export type ReactElementProps<Tag extends keyof ElementTypes> = Omit<
  DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>,
  keyof ElementTypes[Tag]['props']
> &
  ElementTypes[Tag]['props'] &
  EventProps<ElementTypes[Tag]['events']>;

type ReactTags = { [Tag in keyof ElementTypes]: ReactElementProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // Every tag of the manifest (src/manifest/widgets.ts), none written here.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
    interface IntrinsicElements extends ReactTags {}
  }
}
