/**
 * Test server routes (Koa middleware, so statuses stick): `/test-api/slow?ms=N` answers late,
 * `/test-api/status/404` answers with that status, `/test-api/echo?body=…` returns the body.
 */
export async function testApi(context, next) {
  const { path, query } = context;
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
