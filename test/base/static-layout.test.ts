import { expect } from '@open-wc/testing';
import { STATIC_AFTER_S, withoutScript } from '../../src/base/static-layout.js';
import { STATIC_ATTRIBUTE } from '../../src/base/static-mark.js';

/** Issue #27: the rules that give a pre-rendered widget its static layout when no script brings it to life. */
describe('withoutScript', () => {
  const text = withoutScript('t', { '.step, .mini': 'visibility: visible', '.controls': 'display: none' }).cssText;

  it('applies each rule with JavaScript off', () => {
    const media = text.slice(text.indexOf('@media (scripting: none)'), text.indexOf('}\n}') + 3);
    expect(media).to.contain('.step, .mini { visibility: visible; }');
    expect(media).to.contain('.controls { display: none; }');
  });

  it('applies each rule, every selector of a list scoped, on a host the loader marked', () => {
    expect(text).to.contain(`:host([${STATIC_ATTRIBUTE}]) .step, :host([${STATIC_ATTRIBUTE}]) .mini { visibility: visible; }`);
    expect(text).to.contain(`:host([${STATIC_ATTRIBUTE}]) .controls { display: none; }`);
  });

  it(`applies each rule to a host still undefined after ${STATIC_AFTER_S} s, and only then`, () => {
    expect(text).to.contain('@keyframes se-static-t-1 { to { display: none; } }');
    expect(text).to.contain(`:host(:not(:defined)) .controls { animation: se-static-t-1 0s ${STATIC_AFTER_S}s forwards; }`);
  });

  it('is CSS the browser parses: every rule kept', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    // media, 2 marked rules, 2 × (keyframes + timed rule)
    expect(sheet.cssRules.length).to.equal(7);
  });
});
