#!/usr/bin/env node
// `npm run mutate` (not part of `npm test`): a small mutation check. Applies each mutant below
// (one string replacement in a source file, which must still match), runs the test files that
// should catch it in Chromium, restores the file, and prints which mutants were killed (a test
// failed, as it should) and which survived (no test noticed: a hole in the suite).
// `node scripts/mutate.js 1 3` runs only mutants 1 and 3. Exits 1 when any mutant survives.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** build: the tests read built files (dist/embed.js, dist/resize.js, dist/loader.js, dist/content/validate.js for the CLI). */
const MUTANTS = [
  {
    name: 'validator accepts a document without schemaVersion',
    file: 'src/content/validate.ts',
    find: 'schemaVersion: (c, version, path) => version !== SCHEMA_VERSION &&',
    replace: 'schemaVersion: (c, version, path) => version !== undefined && version !== SCHEMA_VERSION &&',
    tests: ['test/content/validator.test.ts'],
  },
  {
    name: 'CSV formula-injection guard removed',
    file: 'src/components/study-arms-chart/facts.ts',
    find: "const safe = /^[=+@\\t\\r]|^-(?!\\d)/.test(text) ? `'${text}` : text;",
    replace: 'const safe = text;',
    tests: ['test/study-arms-chart/table-and-attributes.test.ts'],
  },
  {
    name: 'iframe embed posts its height on load only, not on every resize',
    file: 'src/embed/embed.ts',
    find: 'new ResizeObserver(postHeight).observe(document.documentElement);\n',
    replace: '',
    tests: ['test/embed/iframe-embed.test.ts'],
    build: true,
  },
  {
    name: 'javascript: URLs accepted as web links',
    file: 'src/content/url.ts',
    find: "return (url.protocol === 'https:' || url.protocol === 'http:') && !(url.username + url.password);",
    replace: "return url.protocol !== 'data:';",
    tests: ['test/content/validator.test.ts', 'test/evidence-badge/errors.test.ts'],
  },
  {
    name: 'impossible calendar dates (2019-02-30) accepted',
    file: 'src/content/validate/checker.ts',
    find: 'if (year < 1 || date.getUTCDate() !== day)',
    replace: 'if (year < 1)',
    tests: ['test/content/validator.test.ts'],
  },
  {
    name: 'readers see the technical problem again',
    file: 'src/base/explainer-element.ts',
    find: '<p><strong>${messages[this.content.problem?.reason ?? \'incomplete\']}</strong></p>',
    replace: '<p><strong>${messages[this.content.problem?.reason ?? \'incomplete\']}</strong> ${this.content.problem?.path}: ${this.content.problem?.message}</p>',
    tests: ['test/base/content-loading.test.ts', 'test/evidence-badge/errors.test.ts'],
  },
  {
    name: 'embed page element follows redirects to any origin (no same-origin fetch mode)',
    file: 'src/base/external-content.ts',
    find: "const mode = ownOriginOnly() ? 'same-origin' : 'cors';",
    replace: "const mode = ownOriginOnly() ? 'cors' : 'cors';",
    tests: ['test/embed/embed-spoofing.test.ts'],
    build: true,
  },
  {
    name: 'loader first-render deadline effectively removed (60 s)',
    file: 'src/loader/loader.ts',
    find: 'const FIRST_RENDER_DEADLINE_MS = 1500;',
    replace: 'const FIRST_RENDER_DEADLINE_MS = 60_000;',
    tests: ['test/base/loader-deadline.test.ts'],
    build: true,
  },
  {
    name: 'resize.js resizes whichever iframe sent a height (no sender check)',
    file: 'src/embed/resize.ts',
    find: 'if (ours(frame)?.origin === event.origin) frame.style.height',
    replace: 'if ((ours(frame), true)) frame.style.height',
    tests: ['test/embed/resize-hostile.test.ts'],
    build: true,
  },
  {
    name: 'resize.js height bound lifted',
    file: 'src/embed/resize.ts',
    find: 'if (height > MAX_HEIGHT_PX) return;',
    replace: 'if (height > MAX_HEIGHT_PX * 1000) return;',
    tests: ['test/embed/resize-hostile.test.ts'],
    build: true,
  },
  {
    name: 'resize.js takes any number-like height text',
    file: 'src/embed/resize.ts',
    find: 'const HEIGHT = /^[1-9]\\d{0,5}$/;',
    replace: 'const HEIGHT = /./;',
    tests: ['test/embed/resize-hostile.test.ts'],
    build: true,
  },
  {
    name: 'links with a user name or password accepted',
    file: 'src/content/url.ts',
    find: " && !(url.username + url.password);",
    replace: ';',
    tests: ['test/content/validator.test.ts', 'test/content/text.test.ts'],
  },
  {
    name: 'an arm without a result accepted (the chart blamed the source)',
    file: 'src/content/validate/arms.ts',
    find: 'for (const arm of armIds) if (!seen.has(arm))',
    replace: 'for (const arm of armIds) if (!seen.has(arm) && false)',
    tests: ['test/content/validator.test.ts'],
  },
  {
    name: 'a comparison with an arm that has no result accepted',
    file: 'src/content/validate/results.ts',
    find: "if (b?.kind === 'not-reported')",
    replace: 'if (false)',
    tests: ['test/content/validator.test.ts'],
  },
  {
    name: 'two arms compared both ways in contradiction accepted',
    file: 'src/content/validate/results.ts',
    find: 'b.to.includes(a.arm) &&',
    replace: 'false &&',
    tests: ['test/content/validator.test.ts'],
  },
  {
    name: "an arm listed twice in 'to' accepted",
    file: 'src/content/validate/results.ts',
    find: 'else if (listed.has(t))',
    replace: 'else if (false)',
    tests: ['test/content/validator.test.ts'],
  },
  {
    name: 'values the chart cannot show as given (5e-324, 1.7e308) accepted',
    file: 'src/content/validate/results.ts',
    find: 'else if (Object.is(value, -0) || (value && !(size >= SMALLEST && size <= LARGEST)))',
    replace: 'else if (false)',
    tests: ['test/content/validator.test.ts', 'test/study-arms-chart/value-bounds.test.ts'],
  },
  {
    name: "stepper looks actor states up through the prototype (an actor 'toString')",
    file: 'src/components/mechanism-stepper/scene.ts',
    find: 'Object.hasOwn(states, a.id)',
    replace: 'states[a.id] !== undefined',
    tests: ['test/hostile/prototype-ids.test.ts'],
  },
  {
    name: 'a ledger id given twice accepted',
    file: 'src/content/validate.ts',
    find: 'withIds((c, entry, path) => fields<LedgerEntry>',
    replace: '((check) => (c, v, path) => withIds(check, known)(c, Array.isArray(v) ? v.filter((e, i) => v.findIndex((f) => f?.id === e?.id) === i) : v, path))((c, entry, path) => fields<LedgerEntry>',
    tests: ['test/content/validator.test.ts'],
  },
  {
    name: 'actor labels as long as any string',
    file: 'src/content/validate/scene.ts',
    find: 'label: (c, label, path) => c.text(label, path, ACTOR_LABEL_CHARS),',
    replace: "label: 'text',",
    tests: ['test/mechanism-stepper/worst-document.test.ts', 'test/content/schema-vs-validator.test.ts'],
  },
  {
    name: 'scene actors bounded only by the general list limit',
    file: 'src/content/validate/scene.ts',
    find: 'c.array(list, path, 1, ACTORS)',
    replace: 'c.array(list, path, 1)',
    tests: ['test/mechanism-stepper/worst-document.test.ts', 'test/content/schema-vs-validator.test.ts'],
  },
  {
    name: 'steps bounded only by the general list limit',
    file: 'src/content/validate/mechanism.ts',
    find: 'STEPS,',
    replace: 'undefined,',
    tests: ['test/mechanism-stepper/worst-document.test.ts', 'test/content/schema-vs-validator.test.ts'],
  },
  {
    name: 'more than 60 authors refused again',
    file: 'src/content/validate/study.ts',
    find: 'listOf(anyString, 1, AUTHORS)',
    replace: 'listOf(anyString, 1)',
    tests: ['test/content/schema-vs-validator.test.ts'],
  },
  {
    name: 'validator accepts links the schema refuses (HTTPS://, spaces)',
    file: 'src/content/validate/checker.ts',
    find: 'if (!isWebUrl(value) || !WEB_URL.test(value))',
    replace: 'if (!isWebUrl(value))',
    tests: ['test/content/schema-vs-validator.test.ts'],
  },
  {
    name: 'elements read a document one character past the limit',
    file: 'src/base/external-content.ts',
    find: 'if (text.length > MAX_DOCUMENT_CHARS)',
    replace: 'if (text.length > MAX_DOCUMENT_CHARS + 1)',
    tests: ['test/base/document-size-limit.test.ts'],
  },
  {
    name: 'pre-rendered inline JSON without its < escaped (a </script> in the document ends it early)',
    file: 'src/prerender/declarative-html.ts',
    find: ".replace(/</g, '\\\\u003c')",
    replace: '',
    tests: ['test/embed/prerender-escape.test.ts'],
  },
];
function sh(command, args, env = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const build = () => ['build:lib', 'build:bundle', 'build:loader'].every((script) => sh('npm', ['run', '--silent', script]).ok);

const only = process.argv.slice(2).map(Number).filter(Boolean);
const chosen = MUTANTS.map((m, i) => ({ ...m, n: i + 1 })).filter((m) => !only.length || only.includes(m.n));
const rows = [];
for (const mutant of chosen) {
  const original = readFileSync(mutant.file, 'utf8');
  const at = original.indexOf(mutant.find);
  if (at < 0 || original.indexOf(mutant.find, at + 1) >= 0) {
    rows.push([mutant.n, mutant.name, at < 0 ? 'NO MATCH (update the list)' : 'MATCHES TWICE (update the list)']);
    continue;
  }
  process.stdout.write(`#${mutant.n} ${mutant.name}… `);
  writeFileSync(mutant.file, original.slice(0, at) + mutant.replace + original.slice(at + mutant.find.length));
  let verdict;
  try {
    if (mutant.build && !build()) verdict = 'killed (build failed)';
    else {
      const run = sh('npx', ['--no-install', 'web-test-runner', '--files', ...mutant.tests], { BROWSERS: 'chromium' });
      verdict = run.ok ? 'SURVIVED' : 'killed';
    }
  } finally {
    writeFileSync(mutant.file, original);
    if (mutant.build) build();
  }
  console.log(verdict);
  rows.push([mutant.n, mutant.name, verdict]);
}

const width = Math.max(...rows.map((r) => r[1].length));
console.log(`\n #  ${'mutant'.padEnd(width)}  result`);
for (const [n, name, verdict] of rows) console.log(`${String(n).padStart(2)}  ${name.padEnd(width)}  ${verdict}`);
const survived = rows.filter((r) => r[2] !== 'killed' && !r[2].startsWith('killed ')).length;
console.log(`\n${rows.length - survived} killed, ${survived} survived or not applied`);
process.exit(survived ? 1 : 0);
