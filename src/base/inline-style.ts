import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Styles = Record<string, string>;

/**
 * Sets CSS properties through the CSSOM on every render, including the first. Lit's
 * styleMap writes a `style` attribute on first render, which strict CSPs (style-src-attr)
 * block; this never writes the attribute. Use as an element binding: `<g ${inlineStyle({…})}>`.
 * Property names are CSS names (`transform`, `inset-inline-start`, `--x`).
 */
class InlineStyle extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('inlineStyle() goes on an element');
  }

  render(_styles: Styles) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Styles]) {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const inlineStyle = directive(InlineStyle);
