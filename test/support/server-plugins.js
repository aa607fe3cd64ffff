/**
 * Test server routes (Koa middleware, so statuses stick): `/test-api/slow?ms=N` answers late,
 * `/test-api/status/404` answers with that status, `/test-api/echo?body=…` returns the body.
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

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
  if (path === '/test-api/echo') {
    context.type = 'application/json';
    context.body = String(query.body ?? '');
    return undefined;
  }
  return next();
}
