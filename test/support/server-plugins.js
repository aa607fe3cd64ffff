import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';

/**
 * Test server routes (Koa middleware, so statuses stick): `/test-api/slow?ms=N` answers late,
 * `/test-api/status/404` answers with that status, `/test-api/echo?body=…` returns the body,
 * POST `/test-api/store` keeps a body and answers with a URL that serves it,
 * `/test-api/redirect?to=URL` answers 302 to it, `/test-api/other-origin` names a second origin
 * (another port) whose every path serves a CORS-open valid document titled "SPOOFED TRIAL", and
 * `/test-api/held-chunk?name=N&ms=M` makes the next minute's requests for chunk N answer M ms late
 *   (through the `/dist-held/` alias of dist/, whose chunks no other test page has fetched)
 * (`ms=0` ends that at once), `/test-api/huge?mb=N&id=I` streams N MB of spaces (as the browser reads
 * them) and `/test-api/huge-sent?id=I` says how many bytes of it went out.
 *
 * The README's strict policy is read from its `Content-Security-Policy:` block and sent as a real
 * header with pages under /test/fixtures/csp/ and with dist/embed.html (not with
 * `embed.html?csp=off`: a CDN that sends no policy), so the policy users copy is the one tested. `/test/fixtures/csp/readme/<section>.html?times=N` is a page holding the
 * README's first html snippet under the heading `<section>` (e.g. `iframe-embed`), pasted N times
 * as an editor would, with the CDN address pointing at this server's dist/.
 * With `?tt=none` a csp/ page gets that policy less its Trusted Types directives: what a browser
 * without Trusted Types (older Safari, before WebKit shipped them) enforces of it.
 */
const README = new URL('../../README.md', import.meta.url);

export function readmeCsp() {
  const match = readFileSync(README, 'utf8').match(/```\nContent-Security-Policy:([^`]+)```/);
  if (!match) throw new Error('README.md has no Content-Security-Policy block');
  return match[1].replace(/\s+/g, ' ').trim();
}

const withoutTrustedTypes = (policy) =>
  policy
    .split(';')
    .filter((directive) => !/^\s*(require-)?trusted-types/.test(directive))
    .join(';');

export function readmeSnippet(section) {
  const text = readFileSync(README, 'utf8');
  const heading = text.split('\n').find((line) => /^#+ /.test(line) && slug(line) === section);
  if (!heading) throw new Error(`README.md has no section ${section}`);
  const after = text.slice(text.indexOf(heading));
  const match = after.match(/```html\n([^`]+)```/);
  if (!match) throw new Error(`README.md section ${section} has no html snippet`);
  return match[1].replace(/https:\/\/[^"]*?\/dist\//g, '/dist/');
}

const slug = (heading) =>
  heading.replace(/^#+ /, '').replace(/\(.*\)/, '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '');

/** The README's policy, for tests that check what the header says. */
export const STRICT_CSP = readmeCsp();

const stored = new Map();

/** A valid document any page may read (Access-Control-Allow-Origin: *), as a hostile host would serve. */
const SPOOFED = () => {
  const doc = JSON.parse(readFileSync(new URL('../../docs/examples/walking-trial.example.json', import.meta.url), 'utf8'));
  doc.study.title = 'SPOOFED TRIAL';
  return JSON.stringify(doc);
};
let otherOrigin;
function startOtherOrigin() {
  otherOrigin ??= new Promise((resolve) => {
    const server = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      response.end(SPOOFED());
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
  return otherOrigin;
}

/** Bytes of each `/test-api/huge` answer handed to the socket so far, by id. */
const hugeSent = new Map();
function* spaces(total, id) {
  const block = Buffer.alloc(64 * 1024, 0x20);
  for (let sent = 0; sent < total; sent += block.length) {
    hugeSent.set(id, sent + block.length);
    yield block;
  }
}

/** Chunk name → [delay in ms, until when]: requests for it answer late (test/base/loader-deadline.test.ts). */
const heldChunks = new Map();

export async function testApi(context, next) {
  const { path, query } = context;
  // Pages under /test/fixtures/csp/, and the iframe page, get the README's strict policy.
  // `/dist-held/` is a second path to dist/, for a page whose chunks no earlier test page has
  // fetched: browsers reuse a module another document loaded, so a hold on /dist/ may never be asked.
  if (path.startsWith('/dist-held/')) context.path = path.replace('/dist-held/', '/dist/');
  const held = path.match(/^\/dist-held\/chunks\/(.+)-[\w]+\.js$/);
  if (held && heldChunks.has(held[1])) {
    const [ms, until] = heldChunks.get(held[1]);
    if (Date.now() < until) await new Promise((resolve) => setTimeout(resolve, ms));
  }
  const embedWithPolicy = path === '/dist/embed.html' && query.csp !== 'off';
  if (path.startsWith('/test/fixtures/csp/') && query.tt === 'none') context.set('Content-Security-Policy', withoutTrustedTypes(readmeCsp()));
  else if (path.startsWith('/test/fixtures/csp/') || embedWithPolicy) context.set('Content-Security-Policy', readmeCsp());
  const readme = path.match(/^\/test\/fixtures\/csp\/readme\/([a-z0-9-]+)\.html$/);
  if (readme) {
    const snippet = readmeSnippet(readme[1]);
    const times = Math.min(Number(query.times ?? 1) || 1, 5);
    context.type = 'text/html';
    context.body =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>README snippet: ${readme[1]}</title>` +
      `<script src="/test/fixtures/record-console.js"></script></head><body>\n${snippet.repeat(times)}</body></html>`;
    return undefined;
  }
  if (!path.startsWith('/test-api/')) return next();
  if (path === '/test-api/slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(query.ms ?? 5000)));
    context.type = 'application/json';
    context.body = '{}';
    return undefined;
  }
  const status = path.match(/^\/test-api\/status\/(\d{3})$/);
  if (status) {
    context.status = Number(status[1]);
    context.type = 'text/plain';
    context.body = 'error';
    return undefined;
  }
  // POST a document to /test-api/store, then GET it back from the URL in the answer.
  if (path === '/test-api/store' && context.method === 'POST') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const id = String((stored.size + 1));
    stored.set(id, Buffer.concat(chunks).toString('utf8'));
    context.type = 'text/plain';
    context.body = `/test-api/stored/${id}`;
    return undefined;
  }
  const storedMatch = path.match(/^\/test-api\/stored\/(\d+)$/);
  if (storedMatch && stored.has(storedMatch[1])) {
    context.type = 'application/json';
    context.body = stored.get(storedMatch[1]);
    return undefined;
  }
  if (path === '/test-api/redirect') {
    context.redirect(String(query.to ?? '/'));
    return undefined;
  }
  if (path === '/test-api/other-origin') {
    context.type = 'text/plain';
    context.body = await startOtherOrigin();
    return undefined;
  }
  if (path === '/test-api/held-chunk') {
    const ms = Number(query.ms ?? 30000);
    if (ms > 0) heldChunks.set(String(query.name), [ms, Date.now() + 60000]);
    else heldChunks.delete(String(query.name));
    context.body = 'held';
    return undefined;
  }
  if (path === '/test-api/huge') {
    context.type = 'application/json';
    context.body = Readable.from(spaces(Number(query.mb ?? 50) * 1024 * 1024, String(query.id)), { objectMode: false, highWaterMark: 1 });
    return undefined;
  }
  if (path === '/test-api/huge-sent') {
    context.type = 'text/plain';
    context.body = String(hugeSent.get(String(query.id)) ?? 0);
    return undefined;
  }
  if (path === '/test-api/echo') {
    context.type = 'application/json';
    context.body = String(query.body ?? '');
    return undefined;
  }
  return next();
}

/**
 * `?embed=loader` on a test page serves it with the ES-module loader in place of the classic
 * bundle: each `<script src="/dist/study-explainers.min.js">` becomes
 * `<script type="module" src="/dist/loader.js">` (a second include gets its own URL, so it
 * runs a second copy). The same fixtures then check both embeds (test/support/embeds.ts).
 */
export async function loaderEmbed(context, next) {
  await next();
  if (context.query.embed !== 'loader' || !context.path.endsWith('.html')) return;
  let html = context.body;
  if (html && typeof html.pipe === 'function') {
    const chunks = [];
    for await (const chunk of html) chunks.push(Buffer.from(chunk));
    html = Buffer.concat(chunks).toString('utf8');
  } else if (Buffer.isBuffer(html)) html = html.toString('utf8');
  if (typeof html !== 'string') return;
  let count = 0;
  context.body = html.replace(/<script src="\/dist\/study-explainers\.min\.js"( defer)?><\/script>/g, () => {
    count += 1;
    return `<script type="module" src="/dist/loader.js${count > 1 ? `?copy=${count}` : ''}"></script>`;
  });
  context.remove('Content-Length');
}

const prerendered = {};
let styleHashes;
/**
 * `/test-api/prerendered.html` (`?js=1` adds the classic bundle, `?js=loader` the loader; `?csp=hash`
 * sends the README's strict policy with the widgets' style hashes added to `style-src`, `?csp=nohash`
 * the policy alone; `?text=1` renders each widget with its plain-text version inside): a page with
 * the three widgets pre-rendered by bin/render.js (in Node, once per test run).
 */
export async function prerenderedPage(context, next) {
  if (context.path !== '/test-api/prerendered.html') return next();
  const text = context.query.text === '1';
  prerendered[text] ??= import('../../bin/render.js').then((render) => {
    styleHashes = render.styleHashes;
    return render.renderMany(['evidence-badge', 'mechanism-stepper', 'study-arms-chart'].map((tag) => ({ tag, text })));
  });
  const widgets = (await prerendered[text]).join('');
  if (context.query.csp) {
    const hashes = context.query.csp === 'hash' ? ` ${styleHashes(widgets).join(' ')}` : '';
    context.set('Content-Security-Policy', readmeCsp().replace("style-src 'self'", `style-src 'self'${hashes}`));
  }
  const scripts = { 1: '<script src="/dist/study-explainers.min.js" defer></script>', loader: '<script type="module" src="/dist/loader.js"></script>' };
  const script = scripts[context.query.js] ?? '';
  context.type = 'text/html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pre-rendered</title>
<script src="/test/fixtures/record-console.js"></script>${script}</head>
<body><p>Article text above.</p>${widgets}<p id="below">Article text below.</p>
<script src="/test/fixtures/watch-served.js"></script></body></html>`;
  return undefined;
}
