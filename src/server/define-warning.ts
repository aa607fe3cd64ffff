import { warnOnce } from '../util/warn.js';

/**
 * Server only (src/base/define.ts calls it behind `isServer`): registering the tags in Node makes
 * no widget appear in server-rendered HTML, so the one console line says what does.
 */
export function warnDefineOnServer(): void {
  warnOnce(globalThis, 'define-on-server', 'study-explainers/define registers the widgets for browsers; in server code it draws nothing. Render them with study-explainers/server (render({ tag, lang })), or use study-explainers/react; see the README, "Next.js and other server-rendered apps".');
}
