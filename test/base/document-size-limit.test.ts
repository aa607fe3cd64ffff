import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { EvidenceBadge } from '../../src/index.js';
import { LIMITS } from '../../src/content/limits.js';
import { captureWarnings, copyOfDefault, settled } from '../support/helpers.js';

/**
 * Issue 25, defect 4: the elements read a document up to the one size limit `validate` and
 * `render` use (src/content/limits.ts), counted the same way (characters of the JSON text):
 * test/cli/limits.test.js puts the CLI at the same edge.
 */
describe('the document size limit, at and one past it', () => {
  const padded = (chars: number) => {
    const text = JSON.stringify(copyOfDefault('en'));
    return text + ' '.repeat(chars - text.length);
  };

  for (const [chars, state] of [[LIMITS.documentChars, 'ready'], [LIMITS.documentChars + 1, 'error']] as const) {
    it(`inline JSON of ${chars} characters: ${state}`, async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('evidence-badge') as EvidenceBadge;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = padded(chars);
        el.append(script);
        document.body.append(el);
        expect(await settled(el)).to.equal(state);
        if (state === 'error') expect(warnings.messages.join('\n')).to.contain(`larger than ${LIMITS.documentChars} characters`);
        el.remove();
      } finally {
        warnings.restore();
      }
    });
  }
});
