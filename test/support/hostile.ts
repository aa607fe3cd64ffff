import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/content/limits.js';

/** A document typed loosely enough to poison any field. */
export type Loose = Record<string, unknown>;

/** Hostile strings for content fields: each sets window.__pwned if it ever runs. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><svg onload="window.__pwned=1">',
  '{{constructor.constructor("window.__pwned=1")()}}',
];

/** Replaces only reader text (titles, bodies, labels) so the document still validates. */
export function poisonText(doc: Loose, payload: string): Loose {
  const textKeys = new Set(['title', 'headline', 'body', 'text', 'label', 'shortLabel', 'summary', 'attribution', 'journal', 'journalShort', 'publisher', 'publisherShort', 'patient', 'clinician', 'description', 'note']);
  const walk = (value: unknown, key = ''): unknown => {
    // The payload first, within the field's limit: a picture label may not grow past LIMITS.actorLabelChars.
    if (typeof value === 'string') return textKeys.has(key) ? `${payload} ${value}`.slice(0, Math.max(value.length, LIMITS.actorLabelChars)) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key === 'authors' ? 'text' : ''));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(doc) as Loose;
}

/** Nothing from the content ran or became markup (`win`: the window the widget lives in). */
export function noScriptRan(el: Element, win: Window = window) {
  const root = el.shadowRoot!;
  expect((win as unknown as { __pwned?: number }).__pwned, 'a payload ran').to.equal(undefined);
  expect(root.querySelectorAll('img, script, foreignObject, iframe, object, embed').length, 'markup from content').to.equal(0);
  for (const link of root.querySelectorAll('a')) expect(link.protocol, link.href).to.match(/^https?:$/);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) expect(attr.name.startsWith('on'), `${node.localName} ${attr.name}`).to.equal(false);
  }
}
