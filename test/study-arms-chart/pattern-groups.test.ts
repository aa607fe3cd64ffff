import { expect, html } from '@open-wc/testing';
import type { StudyArmsChart } from '../../src/index.js';
import type { ExplainerDocument, Outcome } from '../../src/content/types.js';
import { textFor } from '../../src/content/text.js';
import { format } from '../../src/util/format.js';
import { formatList } from '../../src/i18n/locale.js';
import { copyOfDefault, mount } from '../support/helpers.js';
import { wordsBrokenAcrossLines } from '../support/word-breaks.js';
import { shadow, text, ui, type Lang } from './support.js';

/**
 * A narrow overview groups consecutive outcomes whose results follow one pattern across the
 * groups and states the pattern once, above them. The expectations come from the document's
 * results, not from the rendered words.
 */

type Audience = 'patient' | 'clinician';

/**
 * What an outcome's results say across the groups, directions aside: who is compared with whom
 * (or with a group the source does not name), who is the reference, who has no result and the
 * note on it. A reference group's note is left out: the overview shows it in the outcome's panel.
 */
function patternOf(outcome: Outcome, doc: ExplainerDocument, audience: Audience): string {
  return doc.arms.arms
    .map((arm) => {
      const r = outcome.results.find((x) => x.arm === arm.id);
      if (!r || r.kind === 'not-reported') return `none:${textFor(r?.note, audience)}`;
      if (r.kind === 'measured') return 'measured';
      if (r.relation === 'reference') return 'reference';
      return r.comparison === 'not-stated' ? 'compared:not-stated' : `compared:${(r.to ?? []).join(',')}`;
    })
    .join('|');
}

interface ShownGroup {
  line?: HTMLElement;
  outcomes: string[];
}

/** The overview's groups as shown: each pattern line with the rows under it. */
function shownGroups(el: Element): ShownGroup[] {
  const groups: ShownGroup[] = [];
  for (const node of shadow(el).querySelector('.ov-rows')!.children) {
    if (node.matches('.ov-pattern')) groups.push({ line: node as HTMLElement, outcomes: [] });
    else {
      if (!groups.length) groups.push({ outcomes: [] });
      groups[groups.length - 1].outcomes.push((node as HTMLElement).dataset.outcome!);
    }
  }
  return groups;
}

async function overviewAt(width: number, lang: Lang, audience: Audience) {
  const wrap = await mount<HTMLDivElement>(html`<div style="inline-size:${width}px"><study-arms-chart lang=${lang} audience=${audience}></study-arms-chart></div>`);
  const el = wrap.querySelector<StudyArmsChart>('study-arms-chart')!;
  await el.updateComplete;
  return { wrap, el };
}

const seen = (node: Element) => node.checkVisibility({ visibilityProperty: true }) && node.getBoundingClientRect().height > 0;

describe('<study-arms-chart> narrow overview: outcomes grouped by the pattern of their results', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const audience of ['patient', 'clinician'] as const) {
      it(`${lang} ${audience}: each group holds one pattern, and its line says what the results say`, async () => {
        const doc = copyOfDefault(lang);
        const s = ui(lang);
        const short = (id: string) => doc.arms.arms.find((a) => a.id === id)!.shortLabel;
        const { wrap, el } = await overviewAt(374, lang, audience);
        const groups = shownGroups(el);
        expect(groups.flatMap((g) => g.outcomes), 'every outcome, in order').to.deep.equal(doc.arms.outcomes.map((o) => o.id));
        const outcome = (id: string) => doc.arms.outcomes.find((o) => o.id === id)!;
        for (const [i, group] of groups.entries()) {
          const patterns = new Set(group.outcomes.map((id) => patternOf(outcome(id), doc, audience)));
          expect([...patterns], `one pattern in ${group.outcomes.join(', ')}`).to.have.length(1);
          if (i > 0) expect(patternOf(outcome(groups[i - 1].outcomes[0]), doc, audience), 'neighbouring groups differ').to.not.equal([...patterns][0]);

          const line = text(group.line);
          expect(group.line && seen(group.line), 'the line is shown').to.equal(true);
          const results = outcome(group.outcomes[0]).results;
          const compared = results.filter((r) => r.kind === 'relation' && r.relation !== 'reference');
          for (const r of compared) {
            if (r.kind !== 'relation') continue;
            if (r.comparison === 'not-stated') {
              expect(line).to.contain(format(s.groupNotStated, { arms: short(r.arm) }));
              // No comparison group is implied: no other group is named.
              for (const arm of doc.arms.arms) if (arm.id !== r.arm) expect(line, 'no other group named').to.not.contain(arm.shortLabel);
            } else {
              expect(line).to.contain(format(s.groupVersus, { arms: short(r.arm), to: formatList((r.to ?? []).map(short), lang) }));
            }
          }
          for (const r of results) {
            if (r.kind === 'not-reported') expect(line).to.contain(textFor(r.note, audience) || s.cellNotReported);
          }
          // Each row shows what differs from row to row: its direction word, its bars.
          for (const id of group.outcomes) {
            const row = shadow(el).querySelector(`[part~="overview-row"][data-outcome="${id}"]`)!;
            for (const r of outcome(id).results) {
              const cell = [...row.querySelectorAll<HTMLElement>('[part~="overview-cell"]')].find((c) => c.dataset.arms!.split(' ').includes(r.arm))!;
              const shown = seen(cell.querySelector('.ov-visible')!);
              if (r.kind === 'relation' && (r.relation === 'less' || r.relation === 'more')) {
                expect(shown, `${id}/${r.arm}`).to.equal(true);
                // A stated ratio is drawn as a bar with its value; a direction alone, with its word.
                const words = r.ratio !== undefined ? format(s.ratioValue, { ratio: String(r.ratio) }) : r.relation === 'less' ? s.cellLess : s.cellMore;
                expect(text(cell.querySelector('.ov-visible'))).to.contain(words);
              }
              if (cell.querySelector('rect.bar')) expect(shown, `${id}/${r.arm}: its bar`).to.equal(true);
              if (r.kind === 'not-reported') expect(shown, `${id}/${r.arm}: said by the line`).to.equal(false);
            }
          }
        }
        expect(wordsBrokenAcrossLines(shadow(el))).to.deep.equal([]);
        wrap.remove();
      });
    }
  }

  it('at 320 px (clinician too) nothing is wider than the column and no word breaks', async () => {
    for (const lang of ['en', 'es'] as const) {
      for (const audience of ['patient', 'clinician'] as const) {
        const { wrap, el } = await overviewAt(304, lang, audience);
        expect(el.scrollWidth, `${lang} ${audience}`).to.be.at.most(304);
        expect(wordsBrokenAcrossLines(shadow(el)), `${lang} ${audience}`).to.deep.equal([]);
        wrap.remove();
      }
    }
  });

  it("a row under a pattern line shows the outcome's short label; its name keeps the full label, wide rows show it", async () => {
    for (const lang of ['en', 'es'] as const) {
      for (const audience of ['patient', 'clinician'] as const) {
        const doc = copyOfDefault(lang);
        const withShort = doc.arms.outcomes.filter((o) => o.shortLabel);
        expect(withShort.length, `${lang}: the built-in study has short labels`).to.be.greaterThan(0);
        for (const [width, shows] of [[374, 'shortLabel'], [800, 'label']] as const) {
          const { wrap, el } = await overviewAt(width, lang, audience);
          const groups = shownGroups(el);
          for (const outcome of withShort) {
            const row = shadow(el).querySelector<HTMLElement>(`[data-outcome="${outcome.id}"]`)!;
            const button = row.querySelector('button')!;
            const visible = button.innerText.trim();
            expect(visible, `${lang} ${audience} ${width} ${outcome.id}`).to.equal(textFor(outcome[shows], audience));
            // The accessible name starts with the full label, which contains the visible words (WCAG 2.5.3).
            expect(button.getAttribute('aria-label')).to.equal(`${textFor(outcome.label, audience)}, ${ui(lang).openDetails}`);
            expect(button.getAttribute('aria-label')).to.contain(visible);
            // Narrow: a pattern line above it names the groups its label no longer does.
            if (width === 374) expect(groups.find((g) => g.outcomes.includes(outcome.id))?.line, outcome.id).to.not.equal(undefined);
          }
          wrap.remove();
        }
      }
    }
  });

  it('a wide overview keeps its columns and no pattern lines', async () => {
    const { wrap, el } = await overviewAt(800, 'es', 'patient');
    expect(seen(shadow(el).querySelector('.ov-head')!)).to.equal(true);
    for (const line of shadow(el).querySelectorAll('.ov-pattern')) expect(seen(line)).to.equal(false);
    for (const cell of shadow(el).querySelectorAll('[part~="overview-cell"] .ov-visible')) expect(seen(cell)).to.equal(true);
    wrap.remove();
  });
});
