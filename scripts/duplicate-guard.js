/**
 * Rollup plugin for the classic bundle only: a second copy of the bundle on a page (two pasted
 * snippets, or the bundle after the npm build) stops before Lit evaluates when every tag is
 * already defined. Without it the copy's Lit would create its Trusted Types policy `lit-html`
 * again, which a strict CSP (`trusted-types lit-html`) refuses with an uncaught error.
 * The guard goes inside the IIFE (rollup's `intro`), so `return` ends the copy.
 */
export function duplicateGuard(tags) {
  const checks = tags.map((tag) => `customElements.get(${JSON.stringify(tag)})`).join('&&');
  return {
    name: 'duplicate-guard',
    intro() {
      return `if(globalThis.customElements&&${checks})return;`;
    },
  };
}
