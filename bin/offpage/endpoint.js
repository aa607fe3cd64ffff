// The dev server's off-page endpoint (web-dev-server.config.js), for the embed builder's downloads:
// GET /offpage/handout.pdf, /offpage/card.png, /offpage/<tag>.png with the builder's settings as
// query parameters. It calls the same functions as the CLI, so a download is the CLI's file, byte
// for byte. Built-in study only (the builder previews it); a bad setting answers 400 with the line
// the CLI would print.
import { MissingPiece, RequestProblem } from './problem.js';

export const OFFPAGE_PATH = '/offpage/';

const number = (value) => (value === null || value === '' ? undefined : Number(value));

/** `{ type, body, name }` for a request path and its query, or undefined when the path is not ours. */
export async function offPageResponse(path, query) {
  if (!path.startsWith(OFFPAGE_PATH)) return undefined;
  const name = path.slice(OFFPAGE_PATH.length);
  const common = { lang: query.get('lang') || undefined, audience: query.get('audience') || undefined };
  if (name === 'handout.pdf') {
    const { handout } = await import('./handout.js');
    return { type: 'application/pdf', body: await handout({ ...common, paper: query.get('paper') || undefined, url: query.get('url') || undefined }), name };
  }
  if (name === 'card.png') {
    const { card } = await import('./card.js');
    return { type: 'image/png', body: (await card({ ...common, square: query.get('square') === 'true' })).png, name };
  }
  const widget = /^([a-z]+-[a-z-]+)\.png$/.exec(name)?.[1];
  if (widget) {
    const { image } = await import('./image.js');
    const result = await image({ ...common, tag: widget, width: number(query.get('width')), step: number(query.get('step')) });
    return { type: 'image/png', body: result.png, name };
  }
  return undefined;
}

/** Koa middleware for @web/dev-server: answers /offpage/… and passes everything else on. */
export function offPageMiddleware() {
  return async (context, next) => {
    let response;
    try {
      response = await offPageResponse(context.path, context.URL.searchParams);
    } catch (error) {
      if (!(error instanceof RequestProblem || error instanceof MissingPiece)) throw error;
      context.status = 400;
      context.type = 'text/plain';
      context.body = `${error.message}\n`;
      return;
    }
    if (!response) return next();
    context.type = response.type;
    context.set('content-disposition', `attachment; filename="${response.name}"`);
    context.body = response.body;
  };
}
