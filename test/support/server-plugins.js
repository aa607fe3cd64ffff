import { readFileSync } from 'node:fs';

/**
 * Test server routes (Koa middleware, so statuses stick): `/test-api/slow?ms=N` answers late,
 * `/test-api/status/404` answers with that status, `/test-api/echo?body=…` returns the body,
 * POST `/test-api/store` keeps a body and answers with a URL that serves it.
 *
 * The README's strict policy is read from its `Content-Security-Policy:` block and sent as a real
 * header with pages under /test/fixtures/csp/ and with dist/embed.html, so the policy users copy
 * is the one tested. `/test/fixtures/csp/readme/<section>.html?times=N` is a page holding the
 * README's first html snippet under the heading `<section>` (e.g. `iframe-embed`), pasted N times
 * as an editor would, with the CDN address pointing at this server's dist/.
 */
const README = new URL('../../README.md', import.meta.url);

export function readmeCsp() {
  const match = readFileSync(README, 'utf8').match(/```\nContent-Security-Policy:([^`]+)```/);
  if (!match) throw new Error('README.md has no Content-Security-Policy block');
  return match[1].replace(/\s+/g, ' ').trim();
}

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

export async function testApi(context, next) {
  const { path, query } = context;
  // Pages under /test/fixtures/csp/, and the iframe page, get the README's strict policy.
  if (path.startsWith('/test/fixtures/csp/') || path === '/dist/embed.html') context.set('Content-Security-Policy', readmeCsp());
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
  if (path === '/test-api/echo') {
    context.type = 'application/json';
    context.body = String(query.body ?? '');
    return undefined;
  }
  return next();
}
