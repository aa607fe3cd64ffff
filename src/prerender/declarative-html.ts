/**
 * A rendered explainer element as HTML with declarative shadow DOM (`<template shadowrootmode>`),
 * so a page shows the widget before, or without, any script. Shared by `study-explainers render`
 * (headless Chromium) and the embed builder (the reader's own browser). It has no imports: the
 * render command injects this module's text into a blank page.
 *
 * The element's styles go along as one `<style>` element (Lit adopts them as constructed sheets,
 * which HTML cannot carry), so a page whose CSP has a strict `style-src` blocks them. A document
 * given as `data` goes along as inline JSON, so the element hydrates with the same content.
 */
export function declarativeHtml(el: HTMLElement, data?: unknown): string {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has not rendered`);
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  const shell = el.cloneNode(false) as HTMLElement;
  const open = shell.outerHTML.slice(0, -`</${el.localName}>`.length);
  const json = data === undefined || data === null ? '' : `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
  return `${open}<template shadowrootmode="open"><style>${css.replace(/<\/style/gi, '<\\/style')}</style>${root.innerHTML}</template>${json}</${el.localName}>`;
}
