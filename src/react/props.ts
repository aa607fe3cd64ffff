import type { HTMLAttributes, RefAttributes } from 'react';
import type { Tag } from '../manifest/widgets.js';
import type { ElementTypes } from '../types/props.js';
import type { ReactEventProps } from './events.js';

/**
 * A wrapper's props: React's HTML props, the element's attributes and properties by their
 * template names (`data`, `lang`, `heading-level`, …: src/types/props.ts) and its events as
 * `on<Event>` callbacks; ours win where both name a prop. `ref` gives the element.
 */
export type WrapperProps<T extends Tag> = Omit<HTMLAttributes<HTMLElementTagNameMap[T]>, keyof ElementTypes[T]['props'] | keyof ReactEventProps<T>> &
  ElementTypes[T]['props'] &
  ReactEventProps<T> &
  RefAttributes<HTMLElementTagNameMap[T]>;
