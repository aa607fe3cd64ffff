// `node --test test/cli/` (after `npm run build`): study-explainers/server (dist/server.js) in plain
// Node: the same bytes from separate processes, no Lit markers, the request's language and never
// a page's, clear errors for what a server render cannot do, and one console line for
// study-explainers/define imported in server code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render, renderMany, styleHashes, TAGS } from '../../dist/server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = JSON.parse(readFileSync(new URL('../../docs/examples/walking-trial.example.json', import.meta.url), 'utf8'));

/** Runs an ES module snippet in a fresh Node process from the repository root. */
const node = (code, flags = []) => spawnSync(process.execPath, [...flags, '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

test('the same requests give the same bytes in two separate processes', () => {
  const code = `import { renderMany } from './dist/server.js';
    import { createHash } from 'node:crypto';
    const doc = JSON.parse((await import('node:fs')).readFileSync('docs/examples/walking-trial.example.json', 'utf8'));
    const requests = ${JSON.stringify(TAGS)}.flatMap((tag) => [{ tag }, { tag, lang: 'es', audience: 'clinician' }, { tag, document: doc }]);
    for (const html of renderMany(requests)) console.log(createHash('sha256').update(html).digest('hex'), html.length);`;
  const [first, second] = [node(code), node(code)];
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout.trim().split('\n').length, TAGS.length * 3);
  assert.equal(second.stdout, first.stdout);
  // And this process agrees.
  const here = renderMany(TAGS.map((tag) => ({ tag }))).map((html) => createHash('sha256').update(html).digest('hex'));
  assert.deepEqual(here, first.stdout.trim().split('\n').filter((_, i) => i % 3 === 0).map((line) => line.split(' ')[0]));
});

test('no Lit markers, no legacy shadowroot attribute, no style attribute; declarative shadow DOM with one <style>', () => {
  for (const tag of TAGS) {
    const html = render({ tag, lang: 'es' });
    // (The stepper reflects its step, as in a browser.)
    assert.ok(new RegExp(`^<${tag} lang="es"( step="0")?><template shadowrootmode="open"><style>`).test(html), html.slice(0, 80));
    assert.ok(html.endsWith(`</template></${tag}>`), html.slice(-80));
    assert.deepEqual(html.match(/<!--\/?lit[^>]*>|<\?>|lit\$\d+|shadowroot="[^"]*"|<[^>]+\sstyle="/g), null, tag);
    assert.equal(html.match(/<style>/g).length, 1, tag);
  }
});

test('language and audience come from the request (default English, patient), never from elsewhere', () => {
  const [en, es, clinician] = renderMany([{ tag: 'mechanism-stepper' }, { tag: 'mechanism-stepper', lang: 'es' }, { tag: 'mechanism-stepper', audience: 'clinician' }]);
  const base = (html) => html.match(/<div [^>]*part="base"[^>]*>/)[0];
  assert.match(base(en), /lang="en"/);
  assert.match(en.match(/<span class="face"[^>]*>[^<]*/)[0], />Next $/, 'English controls');
  assert.match(base(es), /lang="es"/);
  assert.match(es.match(/<span class="face"[^>]*>[^<]*/)[0], />Siguiente $/, 'Spanish controls');
  assert.ok(clinician.startsWith('<mechanism-stepper lang="en" audience="clinician"'), clinician.slice(0, 80));
  assert.ok(clinician !== en, 'the clinician reads other words');
});

test('a document goes along as inline JSON, and is drawn', () => {
  const html = render({ tag: 'evidence-badge', document: example });
  assert.ok(html.endsWith(`<script type="application/json">${JSON.stringify(example).replace(/</g, '\\u003c')}</script></evidence-badge>`));
  assert.ok(html.includes(example.study.title.replace(/&/g, '&amp;')), 'the example study is drawn, not the built-in one');
});

test('text: true adds the plain-text version inside the element, after the same shadow root, in the request\'s language and audience and the document\'s words', async () => {
  const { textFallback } = await import('../../dist/prerender/text-fallback.js');
  const { defaultExplainer } = await import('../../dist/content/default/index.js');
  const spanish = defaultExplainer.find((doc) => doc.lang === 'es');
  for (const tag of TAGS) {
    const drawn = render({ tag, lang: 'es', audience: 'clinician' });
    const both = render({ tag, lang: 'es', audience: 'clinician', text: true });
    const plain = textFallback(spanish, tag, { audience: 'clinician' });
    assert.equal(both, `${drawn.slice(0, -`</${tag}>`.length)}${plain}</${tag}>`, tag);
  }
  // A document of one's own: its text, after its inline JSON.
  const own = render({ tag: 'evidence-badge', document: example, text: true });
  assert.ok(own.endsWith(`</script>${textFallback(example, 'evidence-badge', {})}</evidence-badge>`), own.slice(-300));
  // The command's --text flag is the same option.
  const cli = spawnSync(process.execPath, ['bin/study-explainers.js', 'render', 'mechanism-stepper', '--lang', 'es', '--text'], { cwd: root, encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(cli.stdout.trim(), render({ tag: 'mechanism-stepper', lang: 'es', text: true }));
});

test('--csp keeps its meaning: one hash per distinct <style>, the sha256 of its text', () => {
  const [a, b, c] = renderMany([{ tag: 'evidence-badge' }, { tag: 'evidence-badge', lang: 'es' }, { tag: 'study-arms-chart' }]);
  const [style] = a.match(/<style>([\s\S]*?)<\/style>/).slice(1);
  assert.deepEqual(styleHashes(a), [`'sha256-${createHash('sha256').update(style).digest('base64')}'`]);
  assert.equal(styleHashes(a + b).length, 1, 'the same widget in two languages shares its styles');
  assert.equal(styleHashes(a + c).length, 2);
});

test('what a server render cannot do is a clear error', () => {
  assert.throws(() => render({ tag: 'pie-chart' }), /unknown widget 'pie-chart' \(one of mechanism-stepper, study-arms-chart, evidence-badge\)/);
  assert.throws(() => render({ tag: 'evidence-badge', attributes: { src: '/study.json' } }), /src: a server render cannot fetch; read the document and pass it as `document`/);
  assert.throws(() => render({ tag: 'evidence-badge', lang: 'fr' }), /lang 'fr': the widgets speak en, es/);
  assert.throws(() => render({ tag: 'evidence-badge', audience: 'press' }), /audience 'press': one of patient, clinician/);
  assert.throws(() => render({ tag: 'evidence-badge', document: { ...example, study: { ...example.study, title: 42 } } }), /^Error: study\.title: /);
  assert.throws(() => render({ tag: 'evidence-badge', attributes: { 'on click': 'x' } }), /attribute 'on click': not an attribute name/);
});

test('attribute values are escaped', () => {
  const html = render({ tag: 'evidence-badge', attributes: { 'data-note': '"><script>alert(1)</script>' } });
  assert.ok(html.startsWith('<evidence-badge data-note="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" lang="en">'), html.slice(0, 100));
});

test('study-explainers/define in a React server component says once what to use instead; elsewhere in Node, and the renderer, say nothing', () => {
  // A React server component resolves with the react-server condition (Next.js, React's own bundlers).
  const serverComponent = node(`await import('study-explainers/define'); await import('study-explainers/define');`, ['--conditions=react-server']);
  assert.equal(serverComponent.status, 0, serverComponent.stderr);
  const lines = serverComponent.stderr.trim().split('\n');
  assert.equal(lines.length, 1, serverComponent.stderr);
  assert.match(lines[0], /^\[study-explainers\] study-explainers\/define .* in server code it draws nothing\. Render them with study-explainers\/server .*study-explainers\/react; see the README, "Next\.js and other server-rendered apps"\.$/);
  // Next.js renders client components on the server in plain Node: the wrappers import the element
  // modules there, and a Lit SSR setup defines them on purpose. Neither warns.
  const plainNode = node(`await import('study-explainers/define'); await import('study-explainers/evidence-badge'); console.log(typeof customElements.get('evidence-badge'));`);
  assert.equal(plainNode.status, 0, plainNode.stderr);
  assert.equal(plainNode.stdout.trim(), 'function', 'the stand-in registry still gets the tags');
  assert.equal(plainNode.stderr, '');
  const rendered = node(`const { render } = await import('./dist/server.js'); render({ tag: 'evidence-badge' });`);
  assert.equal(rendered.status, 0, rendered.stderr);
  assert.equal(rendered.stderr, '');
});

test('outside Node, study-explainers/server is a clear error, not Lit\'s server renderer in a browser bundle', async () => {
  await assert.rejects(import('../../dist/server/unavailable.js'), /study-explainers\/server renders widgets in Node .* In a browser, import study-explainers\/define or study-explainers\/react\./);
  const { exports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(exports['./server'], { types: './dist/server/index.d.ts', node: './dist/server.js', default: './dist/server/unavailable.js' });
});
