// Pre-rendered HTML of one widget: the element with its shadow root as declarative shadow DOM
// (`<template shadowrootmode="open">`), so the page shows the widget before (or without) any
// script. Rendered in Node by Lit's own server renderer (@lit-labs/ssr, a dependency): no
// browser, nothing else to install. This is study-explainers/server (dist/server.js) behind the
// promise-returning API that `study-explainers render`, the WordPress build and the bench call.
//
// The same request gives the same bytes, in any process (Lit's hydration markers are left out), so
// the output can be stored and diffed. Each widget's styles travel as one <style> element: a page
// with a strict `style-src` allows it by its hash (styleHashes). On hydration the served copy stays
// until the element has its content, then Lit's render replaces it in one task (no flash, no shift).
// test/cli/server-same-picture.test.js checks that a page shows the same text and layout boxes with
// this output as with the live element drawn in Chromium (scripts/render-chromium.js, the oracle).
import * as server from '../dist/server.js';

export const { TAGS, styleHashes } = server;

/**
 * HTML of `tag` rendered with `document` (an explainer document or a list; default: the built-in
 * study), `lang` (default English; never the page's), `audience` and other `attributes`. Resolves
 * to a string; rejects with the problem for an unknown widget, a `src`, or a document the widgets
 * refuse.
 */
export async function render(request) {
  return server.render(request);
}

/** The HTML of several widgets, in order (the WordPress build renders 24). */
export async function renderMany(requests) {
  return server.renderMany(requests);
}
