import * as React from 'react';
import { createComponent } from '@lit/react';
import type { Tag } from '../manifest/widgets.js';
import { reactEvents } from './events.js';
import type { WrapperProps } from './props.js';

/** A React component for one element, as `study-explainers/react` exports it. */
export type ExplainerWrapper<T extends Tag> = React.ForwardRefExoticComponent<WrapperProps<T>>;

/**
 * Wraps a defined element class (its property accessors exist only once it is defined, and
 * @lit/react tells properties from attributes by them). @lit/react sets properties and adds
 * listeners in a layout effect, then removes `defer-hydration` in the next one: rendered with that
 * attribute, the element waits for both, so its first content is the app's `data` and its first
 * `explainer-ready` reaches `onExplainerReady`, in server-rendered and client-only trees alike.
 */
export function wrapElement<T extends Tag>(tagName: T, elementClass: new () => HTMLElementTagNameMap[T], displayName: string): ExplainerWrapper<T> {
  // Typed by WrapperProps below (from src/types/props.ts), not by @lit/react's own inference, which
  // would offer every public member of the class as a prop.
  const Inner: React.ElementType = createComponent({ react: React, tagName, elementClass, events: reactEvents(tagName), displayName: `${displayName}Element` });
  const Wrapper = React.forwardRef<HTMLElementTagNameMap[T], object>((props, ref) => React.createElement(Inner, { ...props, 'defer-hydration': '', ref }));
  Wrapper.displayName = displayName;
  return Wrapper as ExplainerWrapper<T>;
}
