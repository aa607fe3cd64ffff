import { expect } from '@open-wc/testing';
import { withoutScript } from '../../src/base/static-layout.js';
import { STATIC_ATTRIBUTE } from '../../src/base/static-mark.js';

/** Issue #27: the rules that give a pre-rendered widget its static layout when no script brings it to life. */
describe('withoutScript', () => {
  const text = withoutScript({ '.step, .mini': 'visibility: visible', '.controls': 'display: none' }).cssText;

  it('applies each rule with JavaScript off', () => {
    const media = text.slice(text.indexOf('@media (scripting: none)'), text.indexOf('}\n}') + 3);
    expect(media).to.contain('.step, .mini { visibility: visible; }');
    expect(media).to.contain('.controls { display: none; }');
  });

  it('applies each rule, every selector of a list scoped, on a host marked static', () => {
    expect(text).to.contain(`:host([${STATIC_ATTRIBUTE}]) .step, :host([${STATIC_ATTRIBUTE}]) .mini { visibility: visible; }`);
    expect(text).to.contain(`:host([${STATIC_ATTRIBUTE}]) .controls { display: none; }`);
  });

  it('has no clock: a widget whose script is only late is never switched', () => {
    expect(text).to.not.contain('animation');
    expect(text).to.not.contain(':defined');
  });

  it('is CSS the browser parses: every rule kept', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    // the media rule, then the 2 marked rules
    expect(sheet.cssRules.length).to.equal(3);
  });
});
