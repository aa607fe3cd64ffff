// The problems an off-page command reports as one line (no stack): a bad request, and a missing
// piece (Chromium, puppeteer-core). Imports nothing, so the dev server's config can load it before
// the first build.

/** A problem with the request: the CLI prints its message as its one line. */
export class RequestProblem extends Error {}

/** A missing piece of the machine: the message names it and how to get it. */
export class MissingPiece extends Error {}
