import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EvidenceBadge } from '../../src/index.js';
import { mount, settled } from '../support/helpers.js';
import { fictionalTrial, part, shadow } from './support.js';

const root = (el: EvidenceBadge) => part(el, 'base')!;

describe('<evidence-badge> accessibility', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      describe(`${lang}, ${theme} theme`, () => {
        it('compact, closed', async () => {
          const el = await fixture<EvidenceBadge>(html`<evidence-badge lang=${lang} theme=${theme}></evidence-badge>`);
          await settled(el);
          expect(root(el).classList.contains(`theme-${theme}`)).to.equal(true);
          await expect(el).to.be.accessible();
        });

        it('compact, open', async () => {
          const el = await fixture<EvidenceBadge>(html`<evidence-badge open lang=${lang} theme=${theme}></evidence-badge>`);
          await settled(el);
          await expect(el).to.be.accessible();
        });

        it('full, clinician', async () => {
          const el = await fixture<EvidenceBadge>(
            html`<evidence-badge variant="full" audience="clinician" lang=${lang} theme=${theme}></evidence-badge>`,
          );
          await settled(el);
          await expect(el).to.be.accessible();
        });

        it('full, the fictional example study', async () => {
          const el = await fixture<EvidenceBadge>(
            html`<evidence-badge variant="full" lang=${lang} theme=${theme} .data=${fictionalTrial(lang)}></evidence-badge>`,
          );
          await settled(el);
          await expect(el).to.be.accessible();
        });
      });
    }
  }

  it('after copying (status message shown)', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      const el = await fixture<EvidenceBadge>(html`<evidence-badge open></evidence-badge>`);
      await settled(el);
      part(el, 'copy-button')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      getSelection()?.removeAllRanges();
    }
  });

  it('320 px wide: no horizontal overflow, open and full, both languages', async () => {
    const wrap = await mount(html`<div style="inline-size: 320px">
      <evidence-badge open lang="en"></evidence-badge>
      <evidence-badge variant="full" lang="es" audience="clinician"></evidence-badge>
      <evidence-badge variant="full" .data=${fictionalTrial()}></evidence-badge>
    </div>`);
    for (const el of wrap.querySelectorAll<EvidenceBadge>('evidence-badge')) {
      const box = root(el);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(box.scrollWidth, el.outerHTML).to.be.at.most(box.clientWidth);
      for (const node of shadow(el).querySelectorAll<HTMLElement>('.panel, .pill-row, .ladder, .citation-text, .links')) {
        expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      }
    }
  });

  it('targets are at least 24×24 px (the summary and the copy button are 44 px tall)', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge open></evidence-badge>`);
    await settled(el);
    for (const target of [shadow(el).querySelector('summary')!, part(el, 'copy-button')!]) {
      const { width, height } = target.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(43.5);
    }
  });

  it('text spacing overrides (WCAG 1.4.12) clip nothing', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge variant="full" style="inline-size: 320px"></evidence-badge>`);
    await settled(el);
    const style = document.createElement('style');
    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
    shadow(el).append(style);
    await new Promise((r) => setTimeout(r, 20));
    const box = root(el);
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    for (const node of shadow(el).querySelectorAll<HTMLElement>('.pill, summary, .here, .copy')) {
      expect(node.scrollHeight, node.className).to.be.at.most(node.clientHeight + 1);
    }
    style.remove();
  });

  it('the ladder marks this study by shape too, not colour alone', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge variant="full"></evidence-badge>`);
    await settled(el);
    const current = getComputedStyle(part(el, 'current-rung')!.querySelector('.marker')!);
    const other = getComputedStyle(shadow(el).querySelector('.rung:not(.current) .marker')!);
    expect(current.boxShadow).to.not.equal('none');
    expect(other.boxShadow).to.equal('none');
    expect(part(el, 'current-rung')!.querySelector('.here')).to.exist;
  });
});
