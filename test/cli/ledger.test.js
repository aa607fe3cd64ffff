// `node --test test/cli/`: the shipped claims ledger (src/content/ledger/, read from its build in
// dist/) is the ledger table of ../shared/source/README.md, entry for entry. The package keeps a
// committed copy because users install it without the shared folder; this test keeps the copy true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sourceReadme = fileURLToPath(new URL('../../../shared/source/README.md', import.meta.url));
const builtLedger = new URL('../../dist/content/ledger/plerixafor-2019.ledger.js', import.meta.url);

/** The cells of one Markdown table row: split on unescaped pipes, `\|` read as a pipe. */
function cells(row) {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * The rows of the table under the README's "## Claims ledger" heading, as { id, text, section },
 * found by its header cells (id, claim, section) so a reordered or renamed column fails loudly.
 */
function readmeLedger(markdown) {
  const section = /^## Claims ledger\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(markdown)?.[1];
  if (section === undefined) throw new Error('no "## Claims ledger" section');
  const rows = section.split('\n').filter((line) => line.trim().startsWith('|'));
  const header = rows.length ? cells(rows[0]) : [];
  assert.deepEqual(header, ['id', 'claim', 'section'], 'the ledger table has the columns id | claim | section');
  return rows.slice(2).map((row) => {
    const [id, text, section, ...extra] = cells(row);
    assert.equal(extra.length, 0, `row ${id}: more than three cells`);
    return { id, text, section };
  });
}

/** One line per difference: ids missing on either side, then each id whose text or section differs. */
function ledgerDifferences(source, shipped) {
  const bySource = new Map(source.map((entry) => [entry.id, entry]));
  const byShipped = new Map(shipped.map((entry) => [entry.id, entry]));
  const problems = [];
  for (const [label, entries, other] of [['source', source, byShipped], ['shipped', shipped, bySource]]) {
    const seen = new Set();
    for (const { id } of entries) {
      if (seen.has(id)) problems.push(`${id}: listed twice in the ${label} ledger`);
      seen.add(id);
      if (!other.has(id)) problems.push(`${id}: missing from the ${label === 'source' ? 'shipped' : 'source'} ledger`);
    }
  }
  for (const [id, want] of bySource) {
    const got = byShipped.get(id);
    if (!got) continue;
    if (got.text !== want.text) problems.push(`${id}: text differs\n  source:  ${want.text}\n  shipped: ${got.text}`);
    if (got.section !== want.section) problems.push(`${id}: section differs (source '${want.section}', shipped '${got.section}')`);
  }
  return problems;
}

// A bare clone (`git clone` of this repository alone) has no shared folder to compare with: the
// check is then reported as skipped, with where it looked, instead of failing the whole run.
const noSource = existsSync(sourceReadme) ? false : `${sourceReadme} is missing (the shared folder is not beside ${root})`;

test('the shipped claims ledger is the ledger of shared/source/README.md, entry for entry', { skip: noSource }, async () => {
  const source = readmeLedger(readFileSync(sourceReadme, 'utf8'));
  assert.ok(source.length > 0, 'the README ledger table has rows');
  const { plerixafor2019Ledger } = await import(builtLedger.href);
  assert.deepEqual(ledgerDifferences(source, plerixafor2019Ledger), []);
  // Same order too, so the file reads like the table it copies.
  assert.deepEqual(plerixafor2019Ledger.map((entry) => entry.id), source.map((entry) => entry.id));
});

test('the comparison names each id whose text or section differs, and ids missing on either side', () => {
  const source = readmeLedger(
    [
      '## Claims ledger',
      '',
      '| id | claim | section |',
      '| --- | --- | --- |',
      '| C01 | One. | intro |',
      '| C02 | Two \\| with a pipe. | intro |',
      '| C03 | Three. | closing |',
      '| C04 | Four. | intro |',
      '',
      '## Next',
      '| not | a | ledger row |',
    ].join('\n'),
  );
  assert.deepEqual(source[1], { id: 'C02', text: 'Two | with a pipe.', section: 'intro' });
  assert.equal(source.length, 4);
  const shipped = [
    { id: 'C01', text: 'One.', section: 'intro' },
    { id: 'C02', text: 'Two, drifted.', section: 'intro' },
    { id: 'C03', text: 'Three.', section: 'intro' },
    { id: 'C05', text: 'Five.', section: 'intro' },
  ];
  assert.deepEqual(ledgerDifferences(source, shipped), [
    'C04: missing from the shipped ledger',
    'C05: missing from the source ledger',
    'C02: text differs\n  source:  Two | with a pipe.\n  shipped: Two, drifted.',
    "C03: section differs (source 'closing', shipped 'intro')",
  ]);
});
