import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';
// Server rendering only: browser builds, where isServer is false, drop the branch and the module.
import { serverStyleId } from '../server/server-styles.js';

type Styles = Record<string, string>;

/**
 * Sets CSS properties through the CSSOM on every render, including the first. Lit's
 * styleMap writes a `style` attribute on first render, which strict CSPs (style-src-attr)
 * block; this never writes the attribute. Use as the `data-sx` attribute: `<g data-sx=${inlineStyle({…})}>`.
 * Property names are CSS names (`transform`, `inset-inline-start`, `--x`).
 *
 * In a browser `data-sx` stays unset. Lit's server renderer calls only render(), and emits
 * attributes but nothing for element bindings: there `data-sx` gets an id whose rule the server
 * renderer adds to the widget's <style>, as the browser pre-render does (src/server/server-styles.ts).
 * Bound anywhere else it still styles in a browser but not on the server, which the server's
 * same-picture test (test/cli/server-same-picture.test.js) finds; checking the part here would
 * cost every page bytes for a mistake the tests already catch.
 */
class InlineStyle extends Directive {
  private previous = new Set<string>();

  render(styles: Styles): unknown {
    return isServer ? serverStyleId(styles) : noChange;
  }

  override update(part: AttributePart, [styles]: [Styles]) {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(styles));
    return nothing;
  }
}

export const inlineStyle = directive(InlineStyle);
