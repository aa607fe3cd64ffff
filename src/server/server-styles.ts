/**
 * Server rendering only: what inlineStyle() sets through the CSSOM in a browser becomes a
 * `data-sx` id here, and its declarations one rule of the widget's <style>, exactly as the
 * browser serialiser (src/prerender/declarative-html.ts) turns `style` attributes into rules.
 * `!important` keeps an inline style's precedence over the element's own rules.
 *
 * One collector per process (a global symbol), so a widget class registered by another copy of
 * this package (dist/define.js imported beside dist/server.js) reports to the same renderer.
 */
const KEY = Symbol.for('study-explainers.server-styles');
// Made on first use: a module with no top-level effect, which browser bundles leave out whole.
const collector = () => ((globalThis as { [KEY]?: { ids: Map<string, number> } })[KEY] ??= { ids: new Map() });

/** The `data-sx` id of a list of declarations: one per distinct list within a render. */
export function serverStyleId(styles: Readonly<Record<string, string>>): string {
  const declarations = Object.entries(styles)
    .map(([name, value]) => `${name}: ${value} !important`)
    .join('; ');
  const { ids } = collector();
  if (!ids.has(declarations)) ids.set(declarations, ids.size);
  return String(ids.get(declarations));
}

/** The rules collected since the last call, which starts afresh (renders are synchronous). */
export function takeServerRules(): string[] {
  const holder = collector();
  const rules = [...holder.ids].map(([declarations, id]) => `[data-sx="${id}"] { ${declarations}; }`);
  holder.ids = new Map();
  return rules;
}
