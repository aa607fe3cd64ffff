/**
 * Rollup plugin for the classic bundle only: a second copy of the bundle on a page (two pasted
 * snippets, or the bundle after the npm build) stops before Lit evaluates when every tag is
 * already defined. Without it the copy's Lit would create its Trusted Types policy `lit-html`
 * again, which a strict CSP (`trusted-types lit-html`) refuses with an uncaught error.
 * As defineElement() does, it warns once when the defined tags are another version.
 * The guard goes inside the IIFE (rollup's `intro`), so `return` ends the copy.
 */
export function duplicateGuard(tags, version) {
  const list = JSON.stringify(tags);
  const v = JSON.stringify(version);
  return {
    name: 'duplicate-guard',
    intro() {
      return (
        `if(globalThis.customElements&&${list}.every(function(t){return customElements.get(t)})){` +
        // A function scope for `o`: a var here could collide with the bundle's own top-level names.
        `(function(o){if(o!==${v})console.warn("[study-explainers] <"+${list}.join(">, <")+"> are already defined by version "+(o||"unknown")+"; version "+${v}+" was not loaded.")})(customElements.get(${JSON.stringify(tags[0])}).version);` +
        `return}`
      );
    },
  };
}
