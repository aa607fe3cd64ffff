import { expect } from '@open-wc/testing';
import { doiUrl, safeUrl } from '../../src/content/text.js';

describe('doiUrl and safeUrl', () => {
  it('links a DOI given bare, as a doi.org link or with doi: before it, to https://doi.org/', () => {
    for (const doi of ['10.1073/pnas.1815515116', 'https://doi.org/10.1073/pnas.1815515116', 'http://dx.doi.org/10.1073/pnas.1815515116', 'doi:10.1073/pnas.1815515116', 'DOI:10.1073/pnas.1815515116']) {
      expect(doiUrl(doi), doi).to.equal('https://doi.org/10.1073/pnas.1815515116');
    }
  });

  it('renders no link that carries a user name or password', () => {
    expect(safeUrl('https://user:pass@example.org/')).to.equal(undefined);
    expect(safeUrl('https://user@example.org/')).to.equal(undefined);
    expect(safeUrl('https://example.org/a@b')).to.equal('https://example.org/a@b');
  });
});
