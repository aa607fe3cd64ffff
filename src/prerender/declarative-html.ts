/**
 * A rendered explainer element as HTML with declarative shadow DOM (`<template shadowrootmode>`),
 * so a page shows the widget before, or without, any script. The embed builder serialises with it
 * in the reader's own browser, and so does the Chromium test oracle (scripts/render-chromium.js);
 * `study-explainers render` uses the Node renderer (src/server/), and a test checks that both draw
 * the same picture. It has no imports: the oracle injects this module's text into a blank page.
 *
 * The element's styles go along as one `<style>` element (Lit adopts them as constructed sheets,
 * which HTML cannot carry). Inline `style` attributes (positions Lit set through the CSSOM) become
 * rules of that same element, so a page with a strict `style-src` needs to allow one hash per
 * widget and no `'unsafe-inline'` (see `styleHashes` in bin/render.js). A document given as
 * `data` goes along as inline JSON, so the element hydrates with the same content; `text` (such
 * as the widget's text fallback) goes inside the element after both, where the shadow root hides it.
 */
export function declarativeHtml(el: HTMLElement, data?: unknown, text = ''): string {
  const shell = el.cloneNode(false) as HTMLElement;
  const open = shell.outerHTML.slice(0, -`</${el.localName}>`.length);
  return `${open}${declarativeShadowRoot(el)}${inlineJson(data)}${text}</${el.localName}>`;
}

/**
 * A document as the element's inline JSON child (`<script type="application/json">`, its `<`
 * escaped so no `</script>` in the text ends it), or nothing without one. The server renderer
 * writes it the same way.
 */
export function inlineJson(data: unknown): string {
  return data === undefined || data === null ? '' : `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/**
 * The element's shadow root alone, as `<template shadowrootmode="open">…</template>`: what the
 * WordPress plugin prints inside an element it writes itself (its editor and its copy keeper).
 */
export function declarativeShadowRoot(el: HTMLElement): string {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has not rendered`);
  const rules = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  // Copies, not the live nodes: the builder's preview stays as Lit rendered it.
  const copy = el.ownerDocument.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  rules.push(...stylesAsRules(copy));
  const css = rules.join('\n');
  // Lit's child-part markers (`<!--?lit$123456789$-->`) carry a random number per page load: out,
  // so the same widget always gives the same bytes (the element never hydrates with Lit).
  const inner = copy.innerHTML.replace(/<!--\?lit\$\d+\$-->/g, '');
  return `<template shadowrootmode="open"><style>${css.replace(/<\/style/gi, '<\\/style')}</style>${inner}</template>`;
}

/**
 * Moves every `style` attribute under `container` into a rule on a `data-sx` attribute (one rule
 * per distinct declaration list). `!important` keeps the inline style's precedence over the
 * element's own rules.
 */
function stylesAsRules(container: Element): string[] {
  const ids = new Map<string, number>();
  for (const node of container.querySelectorAll<HTMLElement | SVGElement>('[style]')) {
    const declarations = [...node.style].map((name) => `${name}: ${node.style.getPropertyValue(name)} !important`).join('; ');
    node.removeAttribute('style');
    if (!declarations) continue;
    if (!ids.has(declarations)) ids.set(declarations, ids.size);
    node.setAttribute('data-sx', String(ids.get(declarations)));
  }
  return [...ids].map(([declarations, id]) => `[data-sx="${id}"] { ${declarations}; }`);
}
