/**
 * `study-explainers/define` in a React server component (package.json's `react-server` export
 * condition): custom elements cannot be defined or drawn there, so it only says what to use.
 */
import { warnDefineOnServer } from './server/define-warning.js';

warnDefineOnServer();

export type * from './types/props.js';
