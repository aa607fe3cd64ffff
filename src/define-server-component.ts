/**
 * `study-explainers/define` in a React server component (package.json's `react-server` export
 * condition): custom elements cannot be defined or drawn there, so the one console line says what
 * does. Not in defineElement: Next.js renders every client component on the server too, and the
 * React wrappers, which import the element modules, must stay silent.
 */
import { warnOnce } from './util/warn.js';

warnOnce(globalThis, 'define-on-server', 'study-explainers/define registers the widgets for browsers; in server code it draws nothing. Render them with study-explainers/server (render({ tag, lang })), or use study-explainers/react; see the README, "Next.js and other server-rendered apps".');

export type * from './types/props.js';
