/**
 * The events each element fires, as a runtime list (the types in src/types/props.ts cannot be
 * enumerated), and their React prop names generated from them: `step-change` → `onStepChange`.
 * The compiler checks each list against the element's event map, so one missing here fails to build.
 */
import type { ExplainerEventMap } from '../base/content-controller.js';
import type { Tag } from '../manifest/widgets.js';
import type { ElementTypes } from '../types/props.js';
import type { Holds, SameKeys } from '../types/key-checks.js';

const COMMON_EVENTS = ['explainer-ready', 'explainer-error'] as const satisfies readonly (keyof ExplainerEventMap)[];

export const ELEMENT_EVENTS = {
  'mechanism-stepper': [...COMMON_EVENTS, 'step-change'],
  'study-arms-chart': COMMON_EVENTS,
  'evidence-badge': [...COMMON_EVENTS, 'badge-toggle'],
} as const satisfies { [T in Tag]: readonly (keyof ElementTypes[T]['events'])[] };

/** Fails to compile, naming the widget, when a list lacks one of the events its element fires. */
export type EventListsCoverEveryEvent = Holds<
  { [T in Tag]: SameKeys<(typeof ELEMENT_EVENTS)[T][number], keyof ElementTypes[T]['events']> extends true ? true : T }[Tag] extends true ? true : false
>;

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The React prop of a DOM event: `on` and the event's name in PascalCase. */
export type ReactEventProp<E extends string> = `on${Pascal<E>}`;

export function reactEventProp<E extends string>(event: E): ReactEventProp<E> {
  return `on${event.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase())}` as ReactEventProp<E>;
}

/** `{ onStepChange: (event: CustomEvent<StepChangeDetail>) => void, … }` for one tag. */
export type ReactEventProps<T extends Tag> = {
  [E in keyof ElementTypes[T]['events'] & string as ReactEventProp<E>]?: (event: ElementTypes[T]['events'][E]) => void;
};

/** `{ onStepChange: 'step-change', … }`: what @lit/react's createComponent takes as `events`. */
export function reactEvents<T extends Tag>(tag: T): Record<string, string> {
  return Object.fromEntries(ELEMENT_EVENTS[tag].map((event) => [reactEventProp(event), event]));
}
