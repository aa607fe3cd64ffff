import { expect } from '@open-wc/testing';
import { citationText } from '../../src/components/evidence-badge/evidence-badge.js';
import { badgeStrings } from '../../src/components/evidence-badge/evidence-badge.strings.js';
import { copyOfDefault } from '../support/helpers.js';

/**
 * Every source line names the journal by its short name; the badge's citation is where a reader
 * learns what it stands for, so it gives the full name with the short one, once.
 */
describe("the badge's citation names the journal in full", () => {
  it('keeps a full name that already carries the short one as it is', () => {
    const doc = copyOfDefault('en');
    expect(doc.study.journal).to.contain(`(${doc.study.journalShort})`);
    const text = citationText(doc, 'en', badgeStrings.en);
    expect(text).to.contain(`${doc.study.journal}.`);
    expect(text.split(doc.study.journalShort!).length - 1, 'the short name once').to.equal(1);
  });

  it('adds the short name to a full name without it', () => {
    const doc = copyOfDefault('en');
    doc.study.journal = 'Journal of Example Studies';
    doc.study.journalShort = 'J Ex Stud';
    expect(citationText(doc, 'en', badgeStrings.en)).to.contain('Journal of Example Studies (J Ex Stud).');
  });

  it('names the journal once when there is no short name', () => {
    const doc = copyOfDefault('en');
    doc.study.journal = 'Journal of Example Studies';
    delete doc.study.journalShort;
    expect(citationText(doc, 'en', badgeStrings.en)).to.contain('Journal of Example Studies. ').and.not.to.contain('Studies (');
  });
});
