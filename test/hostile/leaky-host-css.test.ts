import { expect } from '@open-wc/testing';
import { openFrame, widgetsRendered } from '../support/frames.js';

describe('host CSS that leaks through inheritance or targets the tags', () => {
  it('keeps the widgets legible and laid out', async () => {
    const { frame, win, doc } = await openFrame('/test/fixtures/leaky-host.html', { width: 900 });
    await widgetsRendered(doc);
    for (const tag of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
      const el = doc.querySelector(tag)!;
      const root = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const style = win.getComputedStyle(root);
      expect(style.textTransform, tag).to.equal('none');
      expect(style.letterSpacing, tag).to.equal('normal');
      expect(style.textIndent, tag).to.equal('0px');
      expect(style.whiteSpace, tag).to.equal('normal');
      expect(style.fontStyle, tag).to.equal('normal');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), tag).to.be.below(2);
      expect(parseFloat(style.fontSize), tag).to.be.within(12, 24);
      expect(style.color, tag).to.not.equal('rgb(255, 0, 0)');
      const box = root.getBoundingClientRect();
      expect(box.width, `${tag} width`).to.be.above(300);
      expect(root.scrollWidth, `${tag} overflow`).to.be.at.most(root.clientWidth + 1);
    }
    expect(win.__log).to.deep.equal([]);
    frame.remove();
  });
});
