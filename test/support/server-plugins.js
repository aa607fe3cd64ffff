/**
 * Test server routes (Koa middleware, so statuses stick): `/test-api/slow?ms=N` answers late,
 * `/test-api/status/404` answers with that status, `/test-api/echo?body=…` returns the body,
 * POST `/test-api/store` keeps a body and answers with a URL that serves it.
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const stored = new Map();

export async function testApi(context, next) {
  const { path, query } = context;
  // Pages under /test/fixtures/csp/ get the strictest policy a hospital site might send.
  if (path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
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

let prerendered;
/**
 * `/test-api/prerendered.html` (`?js=1` adds the classic bundle): a page with a badge and a
 * stepper pre-rendered by bin/render.js (headless Chromium, rendered once per test run).
 */
export async function prerenderedPage(context, next) {
  if (context.path !== '/test-api/prerendered.html') return next();
  if (!prerendered) {
    const { render } = await import('../../bin/render.js');
    prerendered = Promise.all([render({ tag: 'evidence-badge' }), render({ tag: 'mechanism-stepper' })]);
  }
  const [badge, stepper] = await prerendered;
  const script = context.query.js === '1' ? '<script src="/dist/study-explainers.min.js" defer></script>' : '';
  context.type = 'text/html';
  context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pre-rendered</title>
<script src="/test/fixtures/record-console.js"></script>${script}</head>
<body><p>Article text above.</p>${badge}${stepper}<p id="below">Article text below.</p></body></html>`;
  return undefined;
}
